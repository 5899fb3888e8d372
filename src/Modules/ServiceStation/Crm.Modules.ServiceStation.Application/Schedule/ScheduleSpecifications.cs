using Ardalis.Specification;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Bookings.Rules;
using Crm.Modules.ServiceStation.Domain.Vehicles;

namespace Crm.Modules.ServiceStation.Application.Schedule;

/// <summary>The columns the day's schedule shows of a booking, projected in the database (ADR 0061).</summary>
public sealed record ScheduleRow(
    BookingId Id, BayId BayId, Guid MasterConsultantId, Guid ClientId, Guid VehicleId, DateTime StartsAtUtc, DateTime EndsAtUtc, BookingStatus Status);

public sealed record CarLabel(VehicleId Id, string Plate, string Make, string Model);

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

public sealed class VehiclesByIdsSpec : Specification<Vehicle>
{
    public VehiclesByIdsSpec(IReadOnlyList<VehicleId> ids) => Query.Where(v => ids.Contains(v.Id));
}
