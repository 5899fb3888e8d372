namespace Crm.Modules.Tasking.Application.Common;

/// <summary>How pressing an open task with a due time is, for the person looking: the bar's colours.</summary>
public enum TaskUrgency
{
    /// <summary>No due time, or the task is closed.</summary>
    None,

    /// <summary>The due time has passed (red).</summary>
    Overdue,

    /// <summary>Due later today in the reader's time zone (green).</summary>
    DueToday,

    /// <summary>Due on a later day (plain).</summary>
    Later,
}

/// <summary>
/// Shows stored UTC moments in one employee's time zone, with the offset, so clients need no zone logic; and
/// judges urgency by that employee's calendar day, not the server's.
/// </summary>
public sealed class LocalClock(TimeZoneInfo zone, DateTime nowUtc)
{
    public string ZoneId => zone.Id;

    public DateTime NowUtc => nowUtc;

    public DateTimeOffset Show(DateTime utc) => Crm.BuildingBlocks.Application.Security.ReaderTimeZone.ShowIn(zone, utc);

    public DateTimeOffset? Show(DateTime? utc) => utc is { } value ? Show(value) : null;

    public TaskUrgency Urgency(DateTime? dueUtc, bool open)
    {
        if (!open || dueUtc is not { } due)
        {
            return TaskUrgency.None;
        }

        if (due <= nowUtc)
        {
            return TaskUrgency.Overdue;
        }

        return Show(due).Date == Show(nowUtc).Date ? TaskUrgency.DueToday : TaskUrgency.Later;
    }

    /// <summary>The UTC moment the reader's current day ends: tasks due before it are due today.</summary>
    public DateTime EndOfTodayUtc()
    {
        var localNow = Show(nowUtc);
        var midnight = localNow.Date.AddDays(1);
        return new DateTimeOffset(midnight, zone.GetUtcOffset(midnight)).UtcDateTime;
    }
}
