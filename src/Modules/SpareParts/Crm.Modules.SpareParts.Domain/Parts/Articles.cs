namespace Crm.Modules.SpareParts.Domain.Parts;

/// <summary>How articles are compared: only letters and digits, upper-cased ("oc-90", "OC 90" and "Oc.90" are one article).</summary>
public static class Articles
{
    public static string Key(string? article) =>
        article is null ? string.Empty : string.Concat(article.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
