namespace Crm.Modules.SpareParts.Domain.Parts;

/// <summary>How articles are compared: only letters and digits, upper-cased ("oc-90", "OC 90" and "Oc.90" are one article).</summary>
public static class Articles
{
    public static string Key(string? article) =>
        article is null ? string.Empty : string.Concat(article.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}

/// <summary>How brands are compared: upper-cased ("Mann" and "MANN" are one brand; "Mann-Filter" is another).</summary>
public static class Brands
{
    public static string Key(string brand) => brand.Trim().ToUpperInvariant();
}

/// <summary>
/// The words of a name as search finds them: runs of letters and digits, upper-cased, each once ("Oil filter, 5W-30"
/// is OIL, FILTER, 5W, 30). A search's words are cut the same way, so "5w-30" finds it.
/// </summary>
public static class NameWords
{
    public const int MaxLength = 40;

    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..Math.Min(i, start + MaxLength)].ToUpperInvariant();
                if (!words.Contains(word, StringComparer.Ordinal))
                {
                    words.Add(word);
                }

                start = -1;
            }
        }

        return words;
    }
}
