using System.Buffers.Text;
using System.Text;

namespace Crm.Modules.Quality.Application.Surveys;

/// <summary>Opaque keyset cursors over a unique sort key (the last row's): clients pass back what they got.</summary>
public static class QualityCursor
{
    private const string Prefix = "after:";

    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + key));

    public static string? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..] : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static bool IsValid(string? cursor) => string.IsNullOrEmpty(cursor) || Decode(cursor) is not null;

    public const string Message = "Pass back the nextCursor of a previous page.";
}
