using System.Buffers.Text;
using System.Text;

namespace Crm.Modules.Tasking.Application.Common;

/// <summary>
/// Opaque keyset cursors: clients pass back what they were given and never build one. A cursor holds the last
/// row's sort key: its number, or its priority and number when a list is ordered by priority.
/// </summary>
public static class Cursor
{
    public static string Encode(long position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"n:{position}"));

    public static string Encode(int priority, long position) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"p:{priority}:{position}"));

    public static bool TryDecode(string? cursor, out long position)
    {
        position = 0;
        var text = Text(cursor);
        return text is not null && text.StartsWith("n:", StringComparison.Ordinal) && long.TryParse(text.AsSpan(2), out position);
    }

    public static bool TryDecode(string? cursor, out int priority, out long position)
    {
        (priority, position) = (0, 0);
        var parts = Text(cursor)?.Split(':');
        return parts is ["p", var p, var n] && int.TryParse(p, out priority) && long.TryParse(n, out position);
    }

    public static bool IsValid(string? cursor) => string.IsNullOrEmpty(cursor) || TryDecode(cursor, out _) || TryDecode(cursor, out _, out _);

    private static string? Text(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
