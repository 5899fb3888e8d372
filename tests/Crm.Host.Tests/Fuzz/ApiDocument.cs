using System.Text.Json;

namespace Crm.Host.Tests.Fuzz;

/// <summary>One parameter of an operation: where it goes (path, query, header) and its schema.</summary>
public sealed record ApiParameter(string Name, string In, bool Required, Schema Schema);

/// <summary>
/// One operation of the host's own OpenAPI document, with who may call it (<c>x-crm-access</c>: anonymous,
/// employee or administrator, as the endpoint declares it) and, for an anonymous one, what stands in for sign-in
/// (<c>x-crm-guard</c>).
/// </summary>
public sealed record ApiOperation(string Method, string Path, string Access, IReadOnlyList<ApiParameter> Parameters, Schema? Body, string? Guard = null)
{
    public override string ToString() => $"{Method} {Path}";

    public IEnumerable<ApiParameter> In(string where) => Parameters.Where(p => p.In == where);

    public bool HasPathIds => Path.Contains('{', StringComparison.Ordinal);
}

/// <summary>A JSON schema of the document, its <c>$ref</c>s resolved against the document's components as it is walked.</summary>
public sealed class Schema(JsonElement element, JsonElement components)
{
    private const int Deepest = 8; // the document's recursive schemas (a process block's parts) end somewhere

    public JsonElement Element { get; } = Resolve(element, components);

    /// <summary>"string", "integer", "number", "boolean", "array", "object" — the first non-null one of a type list.</summary>
    public string Type =>
        Has("type", out var type)
            ? type.ValueKind == JsonValueKind.Array
                ? type.EnumerateArray().Select(t => t.GetString()!).FirstOrDefault(t => t != "null") ?? "null"
                : type.GetString()!
            : Has("properties", out _) ? "object"
            : "any";

    public string? Format => Has("format", out var format) ? format.GetString() : null;

    public string? Pattern => Has("pattern", out var pattern) ? pattern.GetString() : null;

    public IReadOnlyList<string> Enum =>
        Has("enum", out var values)
            ? values.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!).ToList()
            : [];

    public IReadOnlyList<(string Name, Schema Schema, bool Required)> Properties(int depth) =>
        depth > Deepest || !Has("properties", out var properties)
            ? []
            : properties.EnumerateObject().Select(p => (p.Name, new Schema(p.Value, components), Required(p.Name))).ToList();

    public Schema? Items => Has("items", out var items) ? new Schema(items, components) : null;

    private bool Has(string name, out JsonElement value)
    {
        value = default;
        return Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out value);
    }

    private bool Required(string name) =>
        Has("required", out var required) && required.EnumerateArray().Any(r => r.GetString() == name);

    /// <summary>The schema itself: <c>$ref</c>s followed, and "null or X" (how nullable properties are written) taken as X.</summary>
    private static JsonElement Resolve(JsonElement element, JsonElement components)
    {
        while (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("$ref", out var reference))
            {
                element = components.GetProperty("schemas").GetProperty(reference.GetString()!.Split('/')[^1]);
            }
            else if ((element.TryGetProperty("oneOf", out var choices) || element.TryGetProperty("anyOf", out choices))
                && choices.EnumerateArray().FirstOrDefault(c => !IsNull(c)) is { ValueKind: JsonValueKind.Object } choice)
            {
                element = choice;
            }
            else
            {
                return element;
            }
        }

        return element;
    }

    private static bool IsNull(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() == "null";
}

/// <summary>The host's /openapi/v1.json read as the list of operations the fuzz and authorization tests go through.</summary>
public static class ApiDocument
{
    private static readonly string[] Methods = ["get", "post", "put", "patch", "delete"];

    public static async Task<IReadOnlyList<ApiOperation>> ReadAsync(HttpClient anonymous)
    {
        var response = await anonymous.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        var components = document.GetProperty("components");
        return document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(o => Methods.Contains(o.Name))
                .Select(o => Operation(o.Name.ToUpperInvariant(), path.Name, o.Value, components)))
            .ToList();
    }

    private static ApiOperation Operation(string method, string path, JsonElement operation, JsonElement components)
    {
        var access = operation.TryGetProperty("x-crm-access", out var declared)
            ? declared.GetString()!
            : throw new InvalidOperationException($"{method} {path} does not say who may call it (x-crm-access)");
        var parameters = operation.TryGetProperty("parameters", out var list)
            ? list.EnumerateArray().Select(p => new ApiParameter(
                p.GetProperty("name").GetString()!,
                p.GetProperty("in").GetString()!,
                p.TryGetProperty("required", out var required) && required.GetBoolean(),
                new Schema(p.TryGetProperty("schema", out var schema) ? schema : default, components))).ToList()
            : [];
        var body = operation.TryGetProperty("requestBody", out var requestBody)
            && requestBody.GetProperty("content").TryGetProperty("application/json", out var json)
            && json.TryGetProperty("schema", out var bodySchema)
                ? new Schema(bodySchema, components)
                : null;
        var guard = operation.TryGetProperty("x-crm-guard", out var declaredGuard) ? declaredGuard.GetString() : null;
        return new ApiOperation(method, path, access, parameters, body, guard);
    }
}
