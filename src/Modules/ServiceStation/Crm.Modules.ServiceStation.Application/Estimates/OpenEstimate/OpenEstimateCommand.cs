using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Estimates;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Estimates.OpenEstimate;

/// <summary>
/// The operator works out what the client's wish costs (seed 004: "a calculation is made from the contact"): works
/// and parts for a client, a car and the contact, each optional. The vehicle's owner is the client when none is given.
/// </summary>
public sealed record OpenEstimateCommand(Guid? ClientId, Guid? VehicleId, Guid? ContactId, IReadOnlyList<WorkInput>? Works, IReadOnlyList<PartInput>? Parts)
    : ICommand<Guid>;

internal sealed class OpenEstimateValidator : AbstractValidator<OpenEstimateCommand>
{
    public OpenEstimateValidator()
    {
        DocumentInput.Works(this, c => c.Works);
        DocumentInput.Parts(this, c => c.Parts);
    }
}

internal sealed class OpenEstimateHandler(IRepository<Estimate> estimates, IReadRepository<Vehicle> vehicles, ICurrentEmployee me, TimeProvider clock)
    : IRequestHandler<OpenEstimateCommand, Guid>
{
    public async Task<Guid> Handle(OpenEstimateCommand command, CancellationToken cancellationToken)
    {
        var vehicle = command.VehicleId is { } id ? await vehicles.GetAsync(id, cancellationToken).Referenced("vehicleId") : null;
        var subject = new EstimateSubject(command.ClientId ?? vehicle?.OwnerClientId, command.VehicleId, command.ContactId);
        var estimate = Estimate.Open(new EstimateId(Guid.NewGuid()), subject, DocumentInput.Specs(command.Works), DocumentInput.Specs(command.Parts),
            me.Id, clock.GetUtcNow().UtcDateTime);
        estimates.Add(estimate);
        return estimate.Id.Value;
    }
}
