using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Application.Staff;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.WorkOrders.OpenWorkOrder;

/// <summary>
/// The master consultant accepts the car: from its booking (client, car, bay, master consultant and planned works
/// come from it unless given), or straight from a contact when the client came at once (the vehicle is then named).
/// The odometer read at acceptance is recorded as one of the vehicle's readings; the contact, if any, gets its result
/// "client booked" (already so when the booking was made from it).
/// </summary>
public sealed record OpenWorkOrderCommand(
    Guid? BookingId, Guid? ContactId, Guid? VehicleId, Guid? ClientId, Guid? MasterConsultantId, Guid? BayId, int? MileageKm, bool OdometerReplaced,
    IReadOnlyList<WorkInput>? Works, IReadOnlyList<PartInput>? Parts) : ICommand<Guid>;

internal sealed class OpenWorkOrderValidator : AbstractValidator<OpenWorkOrderCommand>
{
    public OpenWorkOrderValidator()
    {
        RuleFor(c => c.VehicleId).NotNull().When(c => c.BookingId is null).WithMessage("Name the vehicle, or the booking it came by.");
        RuleFor(c => c.MileageKm).NotNull().InclusiveBetween(0, Vehicles.RecordMileage.RecordMileageValidator.MaxKm);
        DocumentInput.Works(this, c => c.Works);
        DocumentInput.Parts(this, c => c.Parts);
    }
}

internal sealed class OpenWorkOrderHandler(
    IRepository<WorkOrder> orders, IRepository<Booking> bookings, IRepository<Vehicle> vehicles, IReadRepository<Bay> bays, ContactOutcome contacts, MasterConsultants masters, ICurrentEmployee me,
    TimeProvider clock)
    : IRequestHandler<OpenWorkOrderCommand, Guid>
{
    public async Task<Guid> Handle(OpenWorkOrderCommand c, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var booking = c.BookingId is { } bookingId ? await bookings.ForUpdateAsync(bookingId, cancellationToken).Referenced("bookingId") : null;
        var vehicle = await vehicles.ForUpdateAsync(booking?.VehicleId ?? c.VehicleId!.Value, cancellationToken).Referenced("vehicleId");
        var bay = c.BayId is { } bayId ? (await bays.GetAsync(bayId, cancellationToken).Referenced("bayId")).Id : booking?.BayId;
        var works = c.Works is { Count: > 0 } ? DocumentInput.Specs(c.Works) : booking?.PlannedWorks.OrderBy(w => w.Number).Select(w => w.ToSpec()).ToList() ?? [];
        var parts = c.Parts is { Count: > 0 } ? DocumentInput.Specs(c.Parts) : booking?.PlannedParts.OrderBy(p => p.Number).Select(p => p.ToSpec()).ToList() ?? [];
        var contact = await contacts.ClientBookedAsync(c.ContactId ?? booking?.ContactId, new Actor(me.Id, now), cancellationToken);
        // The booking's master consultant stays as booked; one named now, or the employee accepting the car, must be on the staff.
        var master = c.MasterConsultantId is null && booking is not null ? booking.MasterConsultantId : await masters.OnStaffAsync(c.MasterConsultantId ?? me.Id, cancellationToken);
        var spec = new WorkOrderSpec(c.ClientId ?? booking?.ClientId ?? contact?.ClientId ?? vehicle.OwnerClientId, vehicle.Id.Value, master,
            bay, booking?.Id.Value, contact?.Id.Value, c.MileageKm!.Value, works, parts);
        vehicle.RecordMileage(spec.MileageKm, now, MileageSource.WorkOrder, c.OdometerReplaced, now);
        var order = WorkOrder.Open(new WorkOrderId(Guid.NewGuid()), spec, me.Id, now);
        booking?.Accept(order.Id.Value, now);
        orders.Add(order);
        return order.Id.Value;
    }
}
