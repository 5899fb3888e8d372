using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Crm.Modules.SpareParts.Application.Common;

/// <summary>
/// Where a page of parts ended: the last row's rank (0 for a list, 0 the article itself and 1 its analogues in a search
/// by article), brand key and article key — unique, as one brand's article is one part. Opaque to clients.
/// </summary>
public sealed record PartCursor(int Rank, string BrandKey, string ArticleKey)
{
    private const string Prefix = "after:";

    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Prefix}{Rank.ToString(CultureInfo.InvariantCulture)}|{ArticleKey}|{BrandKey}"));

    /// <summary>The cursor, or null when there is none or it is not one of ours (the validator refuses those).</summary>
    public static PartCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            var parts = text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..].Split('|', 3) : [];
            return parts.Length == 3 && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var rank) && rank is 0 or 1
                ? new PartCursor(rank, parts[2], parts[1])
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static bool IsValid(string? cursor) => string.IsNullOrEmpty(cursor) || Decode(cursor) is not null;
}
