using System.Buffers.Text;
using System.Text;

namespace Crm.Modules.Sales.Application.Common;

/// <summary>Opaque keyset cursors over a growing number (order or client number): clients pass back what they got.</summary>
public static class SalesCursor
{
    private const string Prefix = "after:";

    public static string Encode(long number) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(Prefix + number));

    public static long? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(text.AsSpan(Prefix.Length), out var n) ? n : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static bool IsValid(string? cursor) => string.IsNullOrEmpty(cursor) || Decode(cursor) is not null;
}

/// <summary>Client and order numbers from counters in the database (gaps allowed, never repeats).</summary>
public interface ISalesNumbers
{
    Task<long> NextClientNumberAsync(CancellationToken cancellationToken);

    Task<long> NextOrderNumberAsync(CancellationToken cancellationToken);
}

/// <summary>Shared input rules.</summary>
internal static class SalesInput
{
    public static bool IsTimeZone(string? zone) => zone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _);

    /// <summary>A stored UTC moment in the reader's time zone.</summary>
    public static DateTimeOffset Show(DateTime utc) => Crm.BuildingBlocks.Application.Security.ReaderTimeZone.Show(utc);

    public static DateTimeOffset? Show(DateTime? utc) => Crm.BuildingBlocks.Application.Security.ReaderTimeZone.Show(utc);
}
