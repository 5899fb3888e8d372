namespace Crm.BuildingBlocks.Application.Security;

/// <summary>
/// The time zone of whoever is reading the response, set once per request from the signed-in employee (like the
/// current culture), so mapping code anywhere can show stored UTC moments in the reader's zone. UTC outside requests.
/// </summary>
public static class ReaderTimeZone
{
    private static readonly AsyncLocal<TimeZoneInfo?> CurrentZone = new();

    public static TimeZoneInfo Current
    {
        get => CurrentZone.Value ?? TimeZoneInfo.Utc;
        set => CurrentZone.Value = value;
    }

    public static DateTimeOffset Show(DateTime utc) => ShowIn(Current, utc);

    /// <summary>
    /// A stored UTC moment as read in <paramref name="zone"/>, with its offset: the one conversion all modules use.
    /// A moment the zone's calendar cannot hold (within hours of 0001-01-01 or 9999-12-31, stored before such moments
    /// were refused) is shown at UTC instead: still the same moment, and a reader never fails on a stored row.
    /// </summary>
    public static DateTimeOffset ShowIn(TimeZoneInfo zone, DateTime utc)
    {
        var moment = new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
        var offset = zone.GetUtcOffset(moment);
        var localTicks = moment.UtcTicks + offset.Ticks;
        return localTicks >= DateTime.MinValue.Ticks && localTicks <= DateTime.MaxValue.Ticks ? moment.ToOffset(offset) : moment;
    }

    public static DateTimeOffset? Show(DateTime? utc) => utc is { } value ? Show(value) : null;
}
