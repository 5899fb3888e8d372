using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Application.Staff;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Estimates;
using Crm.Modules.ServiceStation.Domain.Vehicles;

namespace Crm.Modules.ServiceStation.Application.Bookings;

/// <summary>What a new booking asks for; a process's action and an employee's request both come to this.</summary>
public sealed record BookingRequest(
    Guid VehicleId, Guid? ClientId, Guid BayId, Guid? MasterConsultantId, DateTime StartsAtUtc, DateTime EndsAtUtc, IReadOnlyList<WorkSpec> PlannedWorks,
    Guid? ContactId, Guid? EstimateId, IReadOnlyList<PartSpec>? PlannedParts = null);

/// <summary>
/// Makes and moves bookings, for employees' requests and processes' actions alike: the car, bay and estimate named
/// must exist (400 on the field), the master consultant be on the staff, the bay must be free (409 naming the booking in the way), the estimate is booked
/// with it (its works and parts are planned unless others are given), and the contact it was made from gets its result "client booked". The database's slot index settles a race the check cannot see (ADR 0071).
/// </summary>
public sealed class BookingDesk(
    IRepository<Booking> bookings, IRepository<Estimate> estimates, IReadRepository<Vehicle> vehicles, IReadRepository<Bay> bays, BayConflicts conflicts,
    ContactOutcome contacts, MasterConsultants masters)
{
    public async Task<Booking> MakeAsync(BookingRequest request, Actor actor, CancellationToken cancellationToken)
    {
        var vehicle = await vehicles.GetAsync(request.VehicleId, cancellationToken).Referenced("vehicleId");
        var time = await TimeAsync(request.BayId, request.StartsAtUtc, request.EndsAtUtc, cancellationToken);
        var estimate = request.EstimateId is { } estimateId ? await estimates.ForUpdateAsync(estimateId, cancellationToken).Referenced("estimateId") : null;
        var works = request.PlannedWorks.Count > 0 ? request.PlannedWorks : estimate?.Works.OrderBy(w => w.Number).Select(w => w.ToSpec()).ToList() ?? [];
        var parts = request.PlannedParts is { Count: > 0 } asked ? asked : estimate?.Parts.OrderBy(p => p.Number).Select(p => p.ToSpec()).ToList() ?? [];
        await conflicts.EnsureFreeAsync(time, null, cancellationToken);
        var master = await masters.OnStaffAsync(request.MasterConsultantId ?? actor.EmployeeId ?? throw new Crm.BuildingBlocks.Application.Errors.InvalidFieldException(
            MasterConsultants.Field, "Name the master consultant who will accept the car."), cancellationToken);
        var contact = await contacts.ClientBookedAsync(request.ContactId ?? estimate?.ContactId, actor, cancellationToken);
        var spec = new BookingSpec(request.ClientId ?? contact?.ClientId ?? vehicle.OwnerClientId, vehicle.Id.Value, master, time, works,
            contact?.Id.Value, estimate?.Id.Value, parts);
        var booking = Booking.Make(new BookingId(Guid.NewGuid()), spec, actor.EmployeeId, actor.NowUtc);
        estimate?.Book(booking.Id.Value, actor.NowUtc);
        bookings.Add(booking);
        return booking;
    }

    /// <summary>To another time (the same length when only the start is given) and/or bay (the same when not given).</summary>
    public async Task MoveAsync(Booking booking, Guid? bayId, DateTime startsAtUtc, DateTime? endsAtUtc, Guid? masterConsultantId, Actor actor, CancellationToken cancellationToken)
    {
        var time = await TimeAsync(bayId ?? booking.BayId.Value, startsAtUtc, endsAtUtc ?? startsAtUtc + (booking.EndsAtUtc - booking.StartsAtUtc), cancellationToken);
        await conflicts.EnsureFreeAsync(time, booking.Id, cancellationToken);
        if (masterConsultantId is { } named)
        {
            await masters.OnStaffAsync(named, cancellationToken);
        }

        booking.Move(time, masterConsultantId, actor.NowUtc);
    }

    private async Task<BookingTime> TimeAsync(Guid bayId, DateTime startsAtUtc, DateTime endsAtUtc, CancellationToken cancellationToken)
    {
        var bay = await bays.GetAsync(bayId, cancellationToken).Referenced("bayId");
        return new BookingTime(bay.Id, startsAtUtc, endsAtUtc);
    }
}
