namespace Crm.Modules.ServiceStation.Application.Common;

/// <summary>A calendar day as the reader lives it: from their midnight to their next midnight, in UTC.</summary>
internal static class ReaderDay
{
    public static DateTime StartUtc(DateOnly day, TimeZoneInfo zone) => ToUtc(day.ToDateTime(TimeOnly.MinValue), zone);

    public static (DateTime StartUtc, DateTime EndUtc) SpanUtc(DateOnly day, TimeZoneInfo zone) => (StartUtc(day, zone), StartUtc(day.AddDays(1), zone));

    /// <summary>A wall-clock time that a clock change skipped (a spring-forward midnight) is taken an hour later.</summary>
    private static DateTime ToUtc(DateTime local, TimeZoneInfo zone) =>
        zone.IsInvalidTime(local) ? TimeZoneInfo.ConvertTimeToUtc(local.AddHours(1), zone) : TimeZoneInfo.ConvertTimeToUtc(local, zone);
}
