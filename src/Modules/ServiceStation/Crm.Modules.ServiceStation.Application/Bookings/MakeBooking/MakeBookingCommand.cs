using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.ServiceStation.Application.Common;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Bookings.MakeBooking;

/// <summary>
/// Books a car into a bay for a span of whole quarters (seed 004: "a repair request is made"): the vehicle's owner is
/// the client unless another is named; the master consultant is the employee booking unless named; made from an
/// estimate, the estimate's works and parts are planned unless others are given. Parts asked for in words are for the
/// parts specialists to select ("Select parts").
/// </summary>
public sealed record MakeBookingCommand(
    Guid? VehicleId, Guid? ClientId, Guid? BayId, Guid? MasterConsultantId, DateTimeOffset? StartsAt, DateTimeOffset? EndsAt,
    IReadOnlyList<WorkInput>? PlannedWorks, Guid? ContactId, Guid? EstimateId, IReadOnlyList<PartInput>? PlannedParts = null) : ICommand<Guid>;

internal sealed class MakeBookingValidator : AbstractValidator<MakeBookingCommand>
{
    public MakeBookingValidator()
    {
        RuleFor(c => c.VehicleId).NotNull();
        RuleFor(c => c.BayId).NotNull();
        RuleFor(c => c.StartsAt).NotNull();
        RuleFor(c => c.EndsAt).NotNull();
        BookingInput.Span(this, c => c.StartsAt, c => c.EndsAt);
        DocumentInput.Works(this, c => c.PlannedWorks);
        DocumentInput.Parts(this, c => c.PlannedParts);
    }
}

internal sealed class MakeBookingHandler(BookingDesk desk, ICurrentEmployee me, TimeProvider clock) : IRequestHandler<MakeBookingCommand, Guid>
{
    public async Task<Guid> Handle(MakeBookingCommand c, CancellationToken cancellationToken)
    {
        var request = new BookingRequest(c.VehicleId!.Value, c.ClientId, c.BayId!.Value, c.MasterConsultantId, c.StartsAt!.Value.UtcDateTime, c.EndsAt!.Value.UtcDateTime,
            DocumentInput.Specs(c.PlannedWorks), c.ContactId, c.EstimateId, DocumentInput.Specs(c.PlannedParts));
        var booking = await desk.MakeAsync(request, new Actor(me.Id, clock.GetUtcNow().UtcDateTime), cancellationToken);
        return booking.Id.Value;
    }
}
