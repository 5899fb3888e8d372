using System.Text.Json.Nodes;

namespace Crm.Host.Tests.Fuzz;

/// <summary>
/// Plausible values for a schema — what a careful client would send — so that a mutation changes one thing in an
/// otherwise acceptable request. Ids are real ones where the name says what they point to ("clientId" → a client).
/// </summary>
public sealed class SampleValues(RealIds ids, Random random, DateTimeOffset now)
{
    public JsonNode? For(Schema schema, string name, int depth = 0)
    {
        if (schema.Enum.Count > 0)
        {
            return schema.Enum[random.Next(schema.Enum.Count)];
        }

        return schema.Type switch
        {
            "object" => Object(schema, depth),
            "array" => new JsonArray(schema.Items is { } items ? For(items, Singular(name), depth + 1) : Text(Singular(name))),
            "integer" => name.Contains("limit", StringComparison.OrdinalIgnoreCase) ? 20 : 1,
            "number" => 100.5m,
            "boolean" => false,
            _ when schema.Format == "uuid" => Id(name),
            _ when schema.Format == "date-time" => Moment(name).ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture),
            _ when IsDuration(schema) => "-00:15:00",
            _ => Text(name),
        };
    }

    /// <summary>A real id of the collection the name points to ("typeId" → task types), else any real id, else a new one.</summary>
    public string Id(string name)
    {
        var stem = name.EndsWith("Ids", StringComparison.OrdinalIgnoreCase) ? name[..^3]
            : name.EndsWith("Id", StringComparison.OrdinalIgnoreCase) ? name[..^2] : name;
        var people = new[] { "assignee", "deputy", "employee", "manager", "responsible", "executor", "creator", "author" };
        var collection = people.Any(p => stem.Equals(p, StringComparison.OrdinalIgnoreCase)) ? "employees" : stem;
        var candidates = ids.Collections()
            .Where(c => c.Split('/')[^1].StartsWith(collection, StringComparison.OrdinalIgnoreCase)
                || (collection.Length > 2 && c.Split('/')[^1].Replace("-", "", StringComparison.Ordinal).Contains(collection, StringComparison.OrdinalIgnoreCase)))
            .SelectMany(ids.In)
            .ToList();
        return candidates.Count > 0 ? candidates[random.Next(candidates.Count)] : Guid.NewGuid().ToString();
    }

    /// <summary>A moment soon after now; an end ("until", "to") after a start ("from").</summary>
    private DateTimeOffset Moment(string name) =>
        name.Equals("from", StringComparison.OrdinalIgnoreCase) || name.Contains("From", StringComparison.Ordinal) ? now.AddDays(-7)
        : name.Equals("to", StringComparison.OrdinalIgnoreCase) || name.Contains("To", StringComparison.Ordinal) || name.Contains("until", StringComparison.OrdinalIgnoreCase) ? now.AddDays(7)
        : now.AddDays(2);

    public static bool IsDuration(Schema schema) => schema.Pattern?.Contains(@"\d{2}:\d{2}", StringComparison.Ordinal) == true;

    private JsonObject Object(Schema schema, int depth)
    {
        var result = new JsonObject();
        foreach (var (property, propertySchema, _) in schema.Properties(depth))
        {
            result[property] = For(propertySchema, property, depth + 1);
        }

        return result;
    }

    private string Text(string name) => name.ToLowerInvariant() switch
    {
        var n when n.Contains("email", StringComparison.Ordinal) => $"fuzz.{random.Next(1_000_000)}@example.com",
        var n when n.Contains("phone", StringComparison.Ordinal) => "+351 912 345 678",
        var n when n.Contains("timezone", StringComparison.Ordinal) => "Europe/Lisbon",
        var n when n.Contains("url", StringComparison.Ordinal) => "https://example.com/fuzz",
        "telegram" => "@fuzz",
        "colour" or "color" => "#336699",
        "kind" or "type" or "objecttype" or "subjecttype" => random.Next(2) == 0 ? "order" : "client",
        _ => $"Fuzz {name} {random.Next(1000)}",
    };

    private static string Singular(string name) => name.EndsWith('s') ? name[..^1] : name;
}
