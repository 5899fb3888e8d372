namespace Crm.BuildingBlocks.Domain;

/// <summary>
/// The moments and durations the system takes in (ADR 0047). Readers see stored UTC moments in their own zone, and
/// no zone is more than 14 hours from UTC, so a moment within 14 hours of the calendar's ends cannot be shown to
/// everybody: such moments are refused at the door, and sums of a moment and a duration stay within the bounds.
/// </summary>
public static class Moments
{
    /// <summary>The largest offset from UTC any time zone has (UTC+14, Kiribati; UTC−12 is the other end).</summary>
    public static readonly TimeSpan LargestZoneOffset = TimeSpan.FromHours(14);

    public static readonly DateTime Earliest = DateTime.SpecifyKind(DateTime.MinValue + LargestZoneOffset, DateTimeKind.Utc);

    public static readonly DateTime Latest = DateTime.SpecifyKind(DateTime.MaxValue - LargestZoneOffset, DateTimeKind.Utc);

    /// <summary>No reaction time, wait, delay or reminder offset in a CRM is longer than ten years either way.</summary>
    public static readonly TimeSpan LongestDuration = TimeSpan.FromDays(3653);

    public const string OutOfRange = "The moment must lie between 0001-01-01T14:00Z and 9999-12-31T09:59Z (UTC), so that every time zone can show it.";

    public const string DurationOutOfRange = "A duration is at most 3653 days (ten years) either way.";

    public static bool IsShowable(DateTime utc) => utc.Ticks >= Earliest.Ticks && utc.Ticks <= Latest.Ticks;

    public static bool IsShowable(DateTimeOffset moment) => IsShowable(moment.UtcDateTime);

    public static bool IsAcceptable(TimeSpan duration) => duration >= -LongestDuration && duration <= LongestDuration;

    /// <summary>The moment <paramref name="duration"/> after <paramref name="utc"/>, held within the showable bounds instead of overflowing.</summary>
    public static DateTime Plus(DateTime utc, TimeSpan duration)
    {
        var ticks = utc.Ticks + Math.Clamp(duration.Ticks, -DateTime.MaxValue.Ticks, DateTime.MaxValue.Ticks);
        return new DateTime(Math.Clamp(ticks, Earliest.Ticks, Latest.Ticks), DateTimeKind.Utc);
    }
}
