namespace Crm.Modules.Tasking.Application.Common;

/// <summary>Shows stored UTC moments in one employee's time zone, with the offset, so clients need no zone logic.</summary>
public sealed class LocalClock(TimeZoneInfo zone)
{
    public string ZoneId => zone.Id;

    public DateTimeOffset Show(DateTime utc) => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToOffset(zone.GetUtcOffset(utc));

    public DateTimeOffset? Show(DateTime? utc) => utc is { } value ? Show(value) : null;
}
