using Ardalis.Specification;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Bookings.Rules;

namespace Crm.Modules.ServiceStation.Application.Schedule;

/// <summary>
/// The columns the day's schedule shows of a booking, with its car's label and its master consultant's name (null when
/// the station has no card of either), as <see cref="IDayScheduleReader"/> reads them.
/// </summary>
public sealed record ScheduleRow(
    BookingId Id, BayId BayId, Guid MasterConsultantId, Guid ClientId, Guid VehicleId, DateTime StartsAtUtc, DateTime EndsAtUtc, BookingStatus Status,
    string? Plate, string? Make, string? Model, string? MasterConsultantName, DateTime? PartsExpectedAtUtc, bool PartsLate);

/// <summary>
/// A day's bookings with their cars and master consultants' names in one database command: the schedule's read
/// was five round trips when the cars and names came by queries of their own (docs/performance.md).
/// </summary>
public interface IDayScheduleReader
{
    /// <summary>The bookings <paramref name="day"/> selects, in time order.</summary>
    Task<List<ScheduleRow>> ReadAsync(DayBookingsSpec day, CancellationToken cancellationToken);
}

/// <summary>
/// Bookings that share a moment with the span [from, to), cancelled ones left out,
/// in time order. A booking lasts at most a week, so the start alone bounds the range the index reads.
/// </summary>
public sealed class DayBookingsSpec : Specification<Booking>
{
    public DayBookingsSpec(DateTime fromUtc, DateTime toUtc, Guid? bayId, Guid? masterConsultantId)
    {
        var earliest = fromUtc - BookingSpanMustFitQuartersRule.Longest;
        var bay = new BayId(bayId ?? Guid.Empty);
        Query.Where(b => b.StartsAtUtc < toUtc && b.StartsAtUtc > earliest && b.EndsAtUtc > fromUtc && b.Status != BookingStatus.Cancelled)
            .Where(b => b.BayId == bay, bayId is not null)
            .Where(b => b.MasterConsultantId == masterConsultantId, masterConsultantId is not null)
            .OrderBy(b => b.StartsAtUtc);
    }
}
