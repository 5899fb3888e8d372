using System.Buffers.Text;
using System.Text;

namespace Crm.Modules.Tasking.Application.Common;

/// <summary>Opaque keyset cursors: clients pass back what they were given and never build one.</summary>
public static class Cursor
{
    public static string Encode(long position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"n:{position}"));

    public static bool TryDecode(string? cursor, out long position)
    {
        position = 0;
        if (string.IsNullOrEmpty(cursor))
        {
            return false;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith("n:", StringComparison.Ordinal) && long.TryParse(text.AsSpan(2), out position);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static bool IsValid(string? cursor) => string.IsNullOrEmpty(cursor) || TryDecode(cursor, out _);
}
