using Ardalis.Specification;
using Crm.Modules.ServiceStation.Domain.Bookings;

namespace Crm.Modules.ServiceStation.Application.Bookings;

/// <summary>
/// The bookings that hold some of the asked time's bay and span (the car expected, or in the bay), other
/// than the booking being moved. A booking lasts at most a week, so only those starting within a week before the
/// span can reach into it: the index on the start bounds the search.
/// </summary>
public sealed class BookingsHoldingBaySpec : Specification<Booking>
{
    public BookingsHoldingBaySpec(BookingTime time, BookingId? except)
    {
        var earliest = time.StartsAtUtc - Domain.Bookings.Rules.BookingSpanMustFitQuartersRule.Longest;
        var holding = new[] { BookingStatus.Booked, BookingStatus.Arrived };
        Query.Where(b => b.BayId == time.BayId && holding.Contains(b.Status))
            .Where(b => b.StartsAtUtc < time.EndsAtUtc && b.StartsAtUtc > earliest && b.EndsAtUtc > time.StartsAtUtc)
            .Where(b => b.Id != except, except is not null)
            .OrderBy(b => b.StartsAtUtc);
    }
}
