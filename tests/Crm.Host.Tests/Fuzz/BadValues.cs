namespace Crm.Host.Tests.Fuzz;

/// <summary>
/// The malformed values the fuzz test sends, by what a field expects. Body values are raw JSON text (so numbers no
/// .NET type can hold and broken escapes can be sent); parameter and header values are plain strings.
/// </summary>
public static class BadValues
{
    public const string Missing = "(missing)";

    public static readonly string Megabyte = new('x', 1 << 20);

    private static readonly string MegabyteJson = Quote(Megabyte);

    public static readonly string[] ExtremeDates =
    [
        "0001-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-12:00",
        "2026-02-30T10:00:00Z", "10000-01-01T00:00:00Z", "2026-11-22T09:00:00", "yesterday",
    ];

    public static readonly string[] ExtremeDurations =
    [
        "-10675199.02:48:05.4775808", "10675199.02:48:05.4775807", "99999999.23:59:59", "-00:00:00.0000001", "24:00:00", "00:60:00",
    ];

    public static readonly string[] ExtremeNumbers =
    [
        "2147483648", "-2147483649", "9223372036854775808", "-1", "0", "1e308", "-1e308", "1.5", "79228162514264337593543950336", "1e-400",
    ];

    public static readonly string[] Texts = ["", "   \t ", "a\u0000b", "\u0001\u0007\u001b\u007f\u0085\u2028\u202e", "NoSuchValue", "𝄞" + new string('é', 300)];

    public static readonly string[] IfMatch = ["\"abc\"", "abc", "\"-1\"", "\"99999999999\"", "W/\"1\"", "\"1\", \"2\"", "\"\"", "\" 1\""];

    public static readonly string[] Accept = ["application/xml", "text/html", "application/xml, application/json;q=0"];

    /// <summary>Whole bodies with the content type they are sent as.</summary>
    public static readonly (string Name, string Body, string ContentType)[] Bodies =
    [
        ("empty body", "", "application/json"),
        ("null body", "null", "application/json"),
        ("array body", "[]", "application/json"),
        ("empty object", "{}", "application/json"),
        ("not JSON", "not json", "application/json"),
        ("truncated JSON", "{\"a\":", "application/json"),
        ("trailing garbage", "{} x", "application/json"),
        ("deep nesting", new string('[', 10_000) + new string(']', 10_000), "application/json"),
        ("deep object nesting", string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000), "application/json"),
        ("XML body", "<order><id>1</id></order>", "application/xml"),
        ("form body", "a=b&c=d", "application/x-www-form-urlencoded"),
        ("multipart body", "--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nb\r\n--x--\r\n", "multipart/form-data; boundary=x"),
        ("text body", "hello", "text/plain"),
        ("lone surrogate", "{\"name\":\"\\ud800\"}", "application/json"),
    ];

    /// <summary>Raw JSON for one field, by the kind of value the schema expects (everything also gets the generic ones).</summary>
    public static IEnumerable<(string Name, string Json, bool Aimed)> ForField(Schema schema, string? foreignId)
    {
        yield return ("null", "null", true);
        yield return ("missing", Missing, true);
        yield return ("wrong type: number", "12345", false);
        yield return ("wrong type: string", "\"fuzz\"", false);
        yield return ("wrong type: boolean", "true", false);
        yield return ("wrong type: object", "{\"a\":1}", false);
        yield return ("wrong type: array", "[1,\"x\",null]", false);
        yield return ("1 MB string", MegabyteJson, false);
        yield return ("nested 100 deep", new string('[', 100) + new string(']', 100), false);
        foreach (var text in Texts)
        {
            yield return ($"text {Describe(text)}", Quote(text), schema.Type is "any" or "string" && schema.Format is null);
        }

        foreach (var (name, json) in Specific(schema, foreignId))
        {
            yield return (name, json, true);
        }
    }

    private static IEnumerable<(string, string)> Specific(Schema schema, string? foreignId) => schema.Type switch
    {
        "integer" or "number" => ExtremeNumbers.Select(n => ($"number {n}", n)),
        "array" => [("array of null", "[null]"), ("array of nulls", "[null,null,null]"), ("array of 10,000", "[" + string.Join(',', Enumerable.Repeat("\"x\"", 10_000)) + "]"),
            ("array of empty objects", "[{}]"), ("array of null-filled objects", "[" + NullObject(schema.Items) + "]")],
        "object" => [("object of nulls", NullObject(schema)), ("empty object", "{}")],
        _ when schema.Format == "date-time" => ExtremeDates.Select(d => ($"date {d}", Quote(d))),
        _ when SampleValues.IsDuration(schema) => ExtremeDurations.Select(d => ($"duration {d}", Quote(d))),
        _ when schema.Format == "uuid" => Ids(foreignId).Select(i => ($"id {i}", Quote(i))),
        _ => [],
    };

    /// <summary>Ids that name nothing, or something of another kind.</summary>
    public static IEnumerable<string> Ids(string? foreignId) =>
        new[] { "not-a-guid", Guid.Empty.ToString(), Guid.NewGuid().ToString(), "{" + Guid.NewGuid() + "}", foreignId }.OfType<string>();

    /// <summary>Bad values for a query or path parameter of the schema.</summary>
    public static IEnumerable<(string Name, string Value, bool Aimed)> ForParameter(Schema schema, string name, string? foreignId)
    {
        var generic = new List<(string, string)>
        {
            ("empty", ""), ("whitespace", "  "), ("NUL", "\0"), ("control characters", "\u0001\u001b\u007f"), ("8 KB", new string('x', 8 * 1024)),
            ("unknown value", "NoSuchValue"), ("path traversal", "../../x"), ("wrong type", "abc"), ("number", "-1"),
        };
        var values = new List<(string, string)>();
        values.AddRange(schema.Type is "integer" or "number" ? ExtremeNumbers.Select(n => ($"number {n}", n)) : []);
        values.AddRange(schema.Format == "date-time" ? ExtremeDates.Select(d => ($"date {d}", d)) : []);
        values.AddRange(schema.Format == "uuid" || name.EndsWith("id", StringComparison.OrdinalIgnoreCase) ? Ids(foreignId).Select(i => ($"id {i}", i)) : []);
        values.AddRange(name.Contains("cursor", StringComparison.OrdinalIgnoreCase) ? Cursors() : []);
        values.AddRange(name.Contains("limit", StringComparison.OrdinalIgnoreCase) || name.Contains("skip", StringComparison.OrdinalIgnoreCase)
            ? [("0", "0"), ("huge", "1000000"), ("int max", int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture))]
            : []);
        return values.Select(v => ($"{name}: {v.Item1}", v.Item2, true)).Concat(generic.Select(v => ($"{name}: {v.Item1}", v.Item2, false)));
    }

    private static IEnumerable<(string, string)> Cursors() =>
    [
        ("bad cursor", "!!!"), ("base64 of junk", Convert.ToBase64String("{\"x\":1}"u8.ToArray())),
        ("base64 of extreme date", Convert.ToBase64String("0001-01-01T00:00:00Z|00000000-0000-0000-0000-000000000000"u8.ToArray())),
        ("base64 garbage", Convert.ToBase64String(Enumerable.Range(0, 64).Select(i => (byte)(i * 7)).ToArray())),
    ];

    private static string NullObject(Schema? schema) =>
        "{" + string.Join(',', (schema?.Properties(0) ?? []).Select(p => $"\"{p.Name}\":null")) + "}";

    private static string Quote(string text) => System.Text.Json.JsonSerializer.Serialize(text);

    private static string Describe(string text) => text.Length switch
    {
        0 => "empty",
        _ when string.IsNullOrWhiteSpace(text) => "whitespace",
        _ when text.Contains('\0', StringComparison.Ordinal) => "with NUL",
        _ when text.Any(char.IsControl) => "control characters",
        _ => text.Length > 20 ? text[..8] + "…" : text,
    };
}
