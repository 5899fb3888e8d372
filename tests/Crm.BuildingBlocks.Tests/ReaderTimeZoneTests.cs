using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Domain;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>A reader never fails on a stored moment, whatever its zone; sums with moments stay within what readers can show (ADR 0047).</summary>
public sealed class ReaderTimeZoneTests
{
    private static readonly TimeZoneInfo WestMost = TimeZoneInfo.FindSystemTimeZoneById("Etc/GMT+12"); // UTC−12

    private static readonly TimeZoneInfo EastMost = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati"); // UTC+14

    public static TheoryData<string, long> EveryZoneAtEveryEnd => new()
    {
        { "Etc/GMT+12", DateTime.MinValue.Ticks },
        { "Etc/GMT+12", DateTime.MaxValue.Ticks },
        { "Pacific/Kiritimati", DateTime.MinValue.Ticks },
        { "Pacific/Kiritimati", DateTime.MaxValue.Ticks },
        { "Europe/Moscow", DateTime.MaxValue.Ticks },
    };

    [Theory]
    [MemberData(nameof(EveryZoneAtEveryEnd))]
    public void The_ends_of_the_calendar_are_shown_in_every_zone_as_the_same_moment(string zone, long ticks)
    {
        var stored = new DateTime(ticks, DateTimeKind.Utc);

        var shown = ReaderTimeZone.ShowIn(TimeZoneInfo.FindSystemTimeZoneById(zone), stored);

        Assert.Equal(stored, shown.UtcDateTime);
    }

    [Fact]
    public void A_moment_the_zone_can_hold_is_shown_at_the_zones_offset()
    {
        Assert.Equal(TimeSpan.FromHours(-12), ReaderTimeZone.ShowIn(WestMost, Moments.Earliest).Offset);
        Assert.Equal(TimeSpan.FromHours(14), ReaderTimeZone.ShowIn(EastMost, Moments.Latest).Offset);
        Assert.Equal(TimeSpan.Zero, ReaderTimeZone.ShowIn(EastMost, DateTime.MaxValue).Offset); // 10000-01-01 does not exist: shown at UTC
        Assert.Equal(TimeSpan.Zero, ReaderTimeZone.ShowIn(WestMost, DateTime.MinValue).Offset);
    }

    [Fact]
    public void Sums_of_moments_and_durations_stay_within_the_showable_moments()
    {
        Assert.Equal(Moments.Latest, Moments.Plus(Moments.Latest, TimeSpan.MaxValue));
        Assert.Equal(Moments.Earliest, Moments.Plus(Moments.Earliest, TimeSpan.MinValue));
        Assert.Equal(Moments.Latest, Moments.Plus(DateTime.MaxValue, TimeSpan.Zero));
        var now = new DateTime(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
        Assert.Equal(now.AddDays(-30), Moments.Plus(now, TimeSpan.FromDays(-30)));
        Assert.Equal(DateTimeKind.Utc, Moments.Plus(now, TimeSpan.FromDays(1)).Kind);
        Assert.False(Moments.IsAcceptable(TimeSpan.MinValue));
        Assert.True(Moments.IsAcceptable(-Moments.LongestDuration));
    }
}
