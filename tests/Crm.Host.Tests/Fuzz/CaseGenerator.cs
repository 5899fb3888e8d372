using System.Text;
using System.Text.Json.Nodes;

namespace Crm.Host.Tests.Fuzz;

/// <summary>One request the fuzz test sends: which operation, what is wrong with it, and who sends it.</summary>
public sealed record FuzzRequest(ApiOperation Operation, string Case, string Url, string? Body, string? ContentType, IReadOnlyList<KeyValuePair<string, string>> Headers)
{
    public bool AsEmployee { get; init; }

    /// <summary>Values aimed at what a field holds (dates, durations, ids, nulls in lists) go before the generic ones.</summary>
    public bool Aimed { get; init; }
}

/// <summary>
/// Turns an operation of the document into requests: first a plausible one, then the same with one thing wrong —
/// a path id, a query parameter, a header, the whole body or one field of it.
/// </summary>
public sealed class CaseGenerator(RealIds ids, Random random, DateTimeOffset now)
{
    private const string Marker = "\"fuzz-marker-7f3a\"";

    private readonly SampleValues _samples = new(ids, random, now);

    private readonly Dictionary<ApiOperation, string> _accepted = [];

    public FuzzRequest Plausible(ApiOperation operation) => Request(operation, "plausible request", Url(operation), Body(operation, fresh: true));

    /// <summary>A body the host accepted: mutations of it reach further than mutations of one it refuses anyway.</summary>
    public void Accepted(FuzzRequest request)
    {
        if (request.Body is not null && request.Case == "plausible request")
        {
            _accepted[request.Operation] = request.Body;
        }
    }

    /// <summary>Every malformed variant of the operation, in a seeded random order.</summary>
    public IReadOnlyList<FuzzRequest> Malformed(ApiOperation operation)
    {
        var body = Body(operation);
        var cases = new List<FuzzRequest>();
        cases.AddRange(PathCases(operation, body));
        cases.AddRange(QueryCases(operation, body));
        cases.AddRange(HeaderCases(operation, body));
        cases.AddRange(operation.Body is null ? [] : BodyCases(operation, body!));
        // Aimed values come early more often, generic ones still come: a budget cut leaves a mix of both.
        return cases.OrderBy(c => random.NextDouble() * (c.Aimed ? 1 : 3)).Select(c => c with { AsEmployee = random.Next(4) == 0 }).ToList();
    }

    /// <summary>The operation's address with real ids (by the collection each id belongs to) and its required query parameters.</summary>
    public string Url(ApiOperation operation, string? parameter = null, string? value = null) => Address(operation, parameter, value).Url;

    /// <summary>The addresses of up to <paramref name="most"/> real objects the operation reads, and whether every id in each is real.</summary>
    public IEnumerable<(string Url, bool Real)> Addresses(ApiOperation operation, int most)
    {
        var first = operation.In("path").FirstOrDefault();
        if (first is null)
        {
            return [Address(operation, null, null)];
        }

        var real = ids.In(Collection(operation, first.Name));
        return real.Count == 0 ? [Address(operation, null, null)] : real.Take(most).Select(id => Address(operation, first.Name, id));
    }

    private (string Url, bool Real) Address(ApiOperation operation, string? parameter, string? value)
    {
        var url = new StringBuilder();
        var allReal = true;
        foreach (var segment in operation.Path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.StartsWith('{') ? segment.Trim('{', '}') : null;
            var text = name is null ? segment : name == parameter ? value! : PathValue(operation, name, url.ToString(), ref allReal);
            url.Append('/').Append(name is null ? text : Uri.EscapeDataString(text));
        }

        var query = operation.In("query")
            .Where(p => p.Name == parameter || p.Required)
            .Select(p => $"{p.Name}={Uri.EscapeDataString(p.Name == parameter ? value! : _samples.For(p.Schema, p.Name)?.ToString() ?? "")}");
        return (url + (query.Any() ? "?" + string.Join('&', query) : ""), allReal);
    }

    /// <summary>A real id listed under the address so far (an order's payments under /orders/{real id}/payments), else a plausible value.</summary>
    private string PathValue(ApiOperation operation, string name, string collection, ref bool allReal)
    {
        var real = ids.In(collection);
        if (real.Count > 0)
        {
            return real[random.Next(real.Count)];
        }

        allReal = false;
        var schema = operation.In("path").Single(p => p.Name == name).Schema;
        return schema.Type == "integer" ? "1" : schema.Format == "uuid" ? Guid.NewGuid().ToString() : _samples.For(schema, name)?.ToString() ?? "x";
    }

    private string? Body(ApiOperation operation, bool fresh = false) =>
        operation.Body is null ? null
        : !fresh && _accepted.TryGetValue(operation, out var accepted) ? accepted
        : _samples.For(operation.Body, "body")?.ToJsonString();

    private IEnumerable<FuzzRequest> PathCases(ApiOperation operation, string? body) =>
        operation.In("path").SelectMany(p => BadValues.ForParameter(p.Schema, p.Name, ids.Foreign(Collection(operation, p.Name), random))
            // An empty segment is another route; a NUL is refused by the server (Kestrel, or the in-memory one) before the host sees it.
            .Where(v => v.Value.Length > 0 && !v.Value.Contains('\0', StringComparison.Ordinal))
            .Select(v => Request(operation, v.Name, Url(operation, p.Name, v.Value), body) with { Aimed = v.Aimed }));

    private IEnumerable<FuzzRequest> QueryCases(ApiOperation operation, string? body) =>
        operation.In("query").SelectMany(p => BadValues.ForParameter(p.Schema, p.Name, ids.Foreign("", random))
            .Select(v => Request(operation, v.Name, Url(operation, p.Name, v.Value), body) with { Aimed = v.Aimed })
            .Append(Request(operation, $"{p.Name}: repeated", Url(operation) + (operation.In("query").Any(q => q.Required) ? "&" : "?") + $"{p.Name}=1&{p.Name}=2", body)));

    private IEnumerable<FuzzRequest> HeaderCases(ApiOperation operation, string? body)
    {
        var url = Url(operation);
        foreach (var value in BadValues.IfMatch)
        {
            yield return Request(operation, $"If-Match {value}", url, body) with { Headers = [new("If-Match", value)] };
        }

        foreach (var value in BadValues.Accept)
        {
            yield return Request(operation, $"Accept {value}", url, body) with { Headers = [new("Accept", value)] };
            yield return Request(operation, $"Accept {value} and an unknown id", Url(operation, operation.In("path").FirstOrDefault()?.Name, Guid.NewGuid().ToString()), body)
                with
            { Headers = [new("Accept", value)] };
        }
    }

    private IEnumerable<FuzzRequest> BodyCases(ApiOperation operation, string body)
    {
        var url = Url(operation);
        foreach (var (name, text, contentType) in BadValues.Bodies)
        {
            yield return Request(operation, name, url, text, contentType);
        }

        yield return Request(operation, "plausible body as text/plain", url, body, "text/plain");
        yield return Request(operation, "plausible body as XML", url, body, "application/xml");
        yield return Request(operation, "plausible body in UTF-16", url, body, "application/json; charset=utf-16");
        yield return Request(operation, "byte-order mark", url, "\uFEFF" + body);
        yield return Request(operation, "duplicate keys", url, body.Length > 2 && body.StartsWith("{\"", StringComparison.Ordinal) ? "{" + body[1..^1] + "," + body[1..] : body);
        foreach (var (path, schema) in Fields(JsonNode.Parse(body), operation.Body!, "", 0))
        {
            foreach (var (name, json, aimed) in BadValues.ForField(schema, ids.Foreign("", random)))
            {
                yield return Request(operation, $"{(path.Length == 0 ? "body" : path)}: {name}", url, Replace(body, path, json)) with { Aimed = aimed };
            }
        }
    }

    /// <summary>Every field of the sample body (the body itself, properties, the first element of arrays), a few levels deep.</summary>
    private static IEnumerable<(string Path, Schema Schema)> Fields(JsonNode? node, Schema schema, string path, int depth)
    {
        yield return (path, schema);
        if (depth >= 4)
        {
            yield break;
        }

        if (node is JsonObject obj)
        {
            foreach (var (name, propertySchema, _) in schema.Properties(depth))
            {
                foreach (var field in Fields(obj[name], propertySchema, path.Length == 0 ? name : $"{path}.{name}", depth + 1))
                {
                    yield return field;
                }
            }
        }
        else if (node is JsonArray { Count: > 0 } array && schema.Items is { } items)
        {
            foreach (var field in Fields(array[0], items, $"{path}[0]", depth + 1))
            {
                yield return field;
            }
        }
    }

    /// <summary>The body with the field at the path replaced by raw JSON (or removed).</summary>
    private static string Replace(string body, string path, string json)
    {
        if (path.Length == 0)
        {
            return json == BadValues.Missing ? "" : json;
        }

        var root = JsonNode.Parse(body)!;
        var parts = path.Replace("[0]", ".[0]", StringComparison.Ordinal).Split('.');
        var parent = parts[..^1].Aggregate(root, (node, part) => part == "[0]" ? node[0]! : node[part]!);
        var last = parts[^1];
        if (json == BadValues.Missing && last != "[0]" && parent is JsonObject obj)
        {
            obj.Remove(last);
            return root.ToJsonString();
        }

        if (last == "[0]")
        {
            parent[0] = JsonNode.Parse(Marker);
        }
        else
        {
            parent[last] = JsonNode.Parse(Marker);
        }

        return root.ToJsonString().Replace(Marker, json == BadValues.Missing ? "null" : json, StringComparison.Ordinal);
    }

    private static string Collection(ApiOperation operation, string parameter) =>
        operation.Path[..operation.Path.IndexOf("{" + parameter + "}", StringComparison.Ordinal)].TrimEnd('/');

    private static FuzzRequest Request(ApiOperation operation, string name, string url, string? body, string contentType = "application/json") =>
        new(operation, name, url, body, body is null ? null : contentType, []);
}
