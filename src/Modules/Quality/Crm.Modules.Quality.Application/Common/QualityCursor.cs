using System.Buffers.Text;
using System.Text;
using Crm.Modules.Quality.Domain.Common;

namespace Crm.Modules.Quality.Application.Common;

/// <summary>Opaque keyset cursors over a row's unique sort key (the last row's): clients pass back what they got.</summary>
public static class QualityCursor
{
    public static string Encode(string key) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(key));

    public static string? Decode(string? cursor)
    {
        try
        {
            return string.IsNullOrEmpty(cursor) ? null : Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static bool IsValid(string? cursor) => string.IsNullOrEmpty(cursor) || Decode(cursor) is { Length: SortKeys.Length };
}
