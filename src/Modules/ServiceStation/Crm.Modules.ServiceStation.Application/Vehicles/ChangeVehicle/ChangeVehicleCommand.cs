using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Vehicles.ChangeVehicle;

/// <summary>Corrects a vehicle's plate, make, model or year, or hands it to another owner (a PUT: every field is sent). The VIN stays.</summary>
public sealed record ChangeVehicleCommand(Guid VehicleId, int? ExpectedVersion, string? Plate, string? Make, string? Model, int? Year, Guid? OwnerClientId)
    : ICommand<Unit>, IVehicleFields;

internal sealed class ChangeVehicleValidator : AbstractValidator<ChangeVehicleCommand>
{
    public ChangeVehicleValidator(TimeProvider clock) => VehicleInput.Fields(this, clock);
}

internal sealed class ChangeVehicleHandler(IRepository<Vehicle> vehicles) : IRequestHandler<ChangeVehicleCommand, Unit>
{
    public async Task<Unit> Handle(ChangeVehicleCommand command, CancellationToken cancellationToken)
    {
        var vehicle = await vehicles.ForUpdateAsync(command.VehicleId, cancellationToken, command.ExpectedVersion);
        vehicle.ChangeDetails(VehicleInput.Details(command));
        vehicle.ChangeOwner(command.OwnerClientId!.Value);
        return Unit.Value;
    }
}
