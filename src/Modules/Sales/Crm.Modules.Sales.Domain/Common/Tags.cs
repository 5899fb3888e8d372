namespace Crm.Modules.Sales.Domain.Common;

/// <summary>A label on a client or an order ("vip", "black-friday"), stored lower case: "VIP" and "vip" are one tag.</summary>
public sealed class Tag
{
    public const int MaxLength = 64;

    private Tag()
    {
        Name = string.Empty;
    }

    public Tag(string name) => Name = name.Trim().ToLowerInvariant();

    public string Name { get; private set; }

    internal static void AddTo(List<Tag> tags, IEnumerable<string> names)
    {
        foreach (var name in names.Select(n => n.Trim()).Where(n => n.Length > 0))
        {
            if (!tags.Any(t => string.Equals(t.Name, name.ToLowerInvariant(), StringComparison.Ordinal)))
            {
                tags.Add(new Tag(name));
            }
        }
    }

    internal static bool RemoveFrom(List<Tag> tags, string name) =>
        tags.RemoveAll(t => string.Equals(t.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) > 0;
}
