using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Bookings.Rules;
using Xunit;
using static Crm.Modules.ServiceStation.Tests.Domain.StationSamples;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.ServiceStation.Tests.Domain;

/// <summary>A booking holds its bay's quarters of an hour while the car is expected; moving, cancelling and no-shows.</summary>
public sealed class BookingTests
{
    [Fact]
    public void A_booking_holds_every_quarter_of_its_span_in_its_bay()
    {
        var booking = Booking(At(Lift1, 10, hours: 1));

        Assert.Equal(BookingStatus.Booked, booking.Status);
        Assert.Equal([0, 15, 30, 45], booking.Slots.Select(s => s.StartsAtUtc.Minute));
        Assert.All(booking.Slots, s => Assert.Equal(Lift1, s.BayId));
        Assert.Collection(booking.DomainEvents, e => Assert.IsType<BookingCreatedDomainEvent>(e), e => Assert.IsType<VehicleBookedDomainEvent>(e));
    }

    [Theory]
    [InlineData(10, 5, 1)] // starts at :05
    [InlineData(10, 0, 0)] // ends as it starts
    [InlineData(10, 0, 24 * 7 + 1)] // longer than a week
    public void A_span_off_the_quarters_empty_or_longer_than_a_week_is_refused(int hour, int minutes, int hours) =>
        AssertBroken<BookingSpanMustFitQuartersRule>(() => Booking(At(Lift1, hour, minutes, hours)));

    [Fact]
    public void Parts_expected_after_the_start_flag_the_booking_until_it_is_moved_after_them_and_older_news_changes_nothing()
    {
        var booking = Booking(At(Lift1, 10, hours: 1));
        var start = booking.StartsAtUtc;

        Assert.True(booking.ExpectParts(start, Now)); // at the very start: in time
        Assert.False(booking.PartsLate);
        Assert.True(booking.ExpectParts(start.AddHours(1), Now.AddMinutes(1)));
        Assert.True(booking.PartsLate);
        Assert.False(booking.ExpectParts(null, Now)); // stale news
        Assert.Equal((start.AddHours(1), true), (booking.PartsExpectedAtUtc, booking.PartsLate));

        booking.Move(At(Lift1, 11, hours: 1), null, Now);
        Assert.False(booking.PartsLate);
        Assert.True(booking.ExpectParts(null, Now.AddMinutes(2)));
        Assert.Equal(((DateTime?)null, false), (booking.PartsExpectedAtUtc, booking.PartsLate));
    }

    [Fact]
    public void Moving_keeps_the_quarters_it_still_needs_and_says_where_it_was()
    {
        var booking = Booking(At(Lift1, 10, hours: 2));
        var kept = booking.Slots.Where(s => s.StartsAtUtc.Hour == 11).Select(s => s.Id).ToList();

        booking.Move(At(Lift1, 11, hours: 2), null, Now);

        Assert.Equal(8, booking.Slots.Count);
        Assert.Equal(kept, booking.Slots.Where(s => s.StartsAtUtc.Hour == 11).Select(s => s.Id));
        var moved = Assert.IsType<BookingMovedDomainEvent>(booking.DomainEvents.Last());
        Assert.Equal(At(Lift1, 10, hours: 2), moved.From);

        booking.Move(At(Lift2, 11, hours: 2), Guid.NewGuid(), Now);
        Assert.All(booking.Slots, s => Assert.Equal(Lift2, s.BayId));
    }

    [Fact]
    public void Cancelling_frees_the_bay_and_a_cancelled_booking_stays_cancelled()
    {
        var booking = Booking();
        booking.Cancel("client sold the car", Now);

        Assert.Equal((BookingStatus.Cancelled, "client sold the car"), (booking.Status, booking.Reason));
        Assert.Empty(booking.Slots);
        AssertBroken<BookingMustBeOpenRule>(() => booking.Move(At(Lift1, 12), null, Now), BusinessRuleKind.Conflict);
        AssertBroken<BookingMustBeOpenRule>(() => booking.Cancel(null, Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void A_no_show_comes_after_the_booked_time_frees_the_bay_and_can_be_booked_again()
    {
        var booking = Booking(At(Lift1, 10));
        AssertBroken<NoShowOnlyAfterStartRule>(() => booking.MarkNoShow(null, booking.StartsAtUtc.AddMinutes(-1)));

        booking.MarkNoShow("did not answer", booking.StartsAtUtc.AddMinutes(20));
        Assert.Equal(BookingStatus.NoShow, booking.Status);
        Assert.Empty(booking.Slots);
        AssertBroken<NoShowNeedsExpectedCarRule>(() => booking.MarkNoShow(null, booking.StartsAtUtc.AddHours(1)), BusinessRuleKind.Conflict);

        booking.Move(At(Lift1, 15), null, Now);
        Assert.Equal((BookingStatus.Booked, null, 4), (booking.Status, booking.Reason, booking.Slots.Count));
    }

    [Fact]
    public void An_accepted_car_closes_the_booking_but_keeps_its_bay()
    {
        var booking = Booking();
        var workOrder = Guid.NewGuid();
        booking.Accept(workOrder, Now);

        Assert.Equal((BookingStatus.Arrived, workOrder, 4), (booking.Status, booking.WorkOrderId!.Value, booking.Slots.Count));
        AssertBroken<BookingMustBeOpenRule>(() => booking.Accept(Guid.NewGuid(), Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void Overlap_is_the_same_bay_at_a_shared_moment()
    {
        var booking = Booking(At(Lift1, 10));

        Assert.True(booking.Overlaps(At(Lift1, 10, 45)));
        Assert.False(booking.Overlaps(At(Lift1, 11))); // back to back
        Assert.False(booking.Overlaps(At(Lift2, 10)));
    }
}
