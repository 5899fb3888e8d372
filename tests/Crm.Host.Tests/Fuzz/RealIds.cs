using System.Collections.Concurrent;
using System.Text.Json;

namespace Crm.Host.Tests.Fuzz;

/// <summary>
/// Ids of objects that exist, by the concrete collection they were listed or created in ("/api/sales/orders",
/// "/api/tasking/employees/{a real id}/absences"). Filled from what the API answers, not from a table in the test,
/// so a new module's objects are found the same way.
/// </summary>
public sealed class RealIds
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _byCollection = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every "id" the answer names: the object itself, a list of them, or a page's "items".</summary>
    public void Harvest(string collection, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            Add(collection, Ids(document.RootElement));
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                // a card's own lists (an order's payments, a task's checklist) are the collections under its address
                foreach (var property in document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array))
                {
                    Add($"{collection.TrimEnd('/')}/{Kebab(property.Name)}", property.Value.EnumerateArray().SelectMany(OwnId));
                }
            }
        }
        catch (JsonException)
        {
            // not JSON (a file, an empty body): nothing to learn
        }
    }

    private void Add(string collection, IEnumerable<string> found)
    {
        foreach (var id in found)
        {
            _byCollection.GetOrAdd(collection.TrimEnd('/'), _ => new()).TryAdd(id, 0);
        }
    }

    private static string Kebab(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public IReadOnlyList<string> Collections() => _byCollection.Keys.Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<string> In(string collection) =>
        _byCollection.TryGetValue(collection.TrimEnd('/'), out var ids) ? ids.Keys.Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>A real id of another kind of object than the collection holds (an order's id where a task's is expected).</summary>
    public string? Foreign(string collection, Random random)
    {
        var others = _byCollection.Where(c => !c.Key.Equals(collection.TrimEnd('/'), StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .SelectMany(c => c.Value.Keys.Order(StringComparer.Ordinal))
            .ToList();
        return others.Count == 0 ? null : others[random.Next(others.Count)];
    }

    private static IEnumerable<string> Ids(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(OwnId),
        JsonValueKind.Object when element.TryGetProperty("items", out var items) && items.ValueKind == JsonValueKind.Array =>
            items.EnumerateArray().SelectMany(OwnId),
        _ => OwnId(element),
    };

    private static IEnumerable<string> OwnId(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            ? [id.GetString()!]
            : [];
}
