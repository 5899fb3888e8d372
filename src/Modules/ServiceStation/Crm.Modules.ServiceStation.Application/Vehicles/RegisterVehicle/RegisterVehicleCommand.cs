using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Vehicles.RegisterVehicle;

/// <summary>A client's car comes to the station for the first time: its VIN, plate, make, model, year and owner.</summary>
public sealed record RegisterVehicleCommand(string? Vin, string? Plate, string? Make, string? Model, int? Year, Guid? OwnerClientId)
    : ICommand<Guid>, IVehicleFields;

internal sealed class RegisterVehicleValidator : AbstractValidator<RegisterVehicleCommand>
{
    public RegisterVehicleValidator(TimeProvider clock)
    {
        VehicleInput.Vin(this, c => c.Vin);
        VehicleInput.Fields(this, clock);
    }
}

internal sealed class RegisterVehicleHandler(IRepository<Vehicle> vehicles, TimeProvider clock) : IRequestHandler<RegisterVehicleCommand, Guid>
{
    public async Task<Guid> Handle(RegisterVehicleCommand command, CancellationToken cancellationToken)
    {
        var vin = Vin.Of(command.Vin);
        if (await vehicles.FirstOrDefaultAsync(new VehicleByVinSpec(vin), cancellationToken) is { } twin)
        {
            throw new ConflictException("vehicle.vin-taken", $"A vehicle with VIN {vin} is registered already.",
                new Dictionary<string, object?> { ["existingVehicleId"] = twin.Id.Value });
        }

        var vehicle = Vehicle.Register(new VehicleId(Guid.NewGuid()), vin, VehicleInput.Details(command), command.OwnerClientId!.Value, clock.GetUtcNow().UtcDateTime);
        vehicles.Add(vehicle);
        return vehicle.Id.Value;
    }
}

public sealed class VehicleByVinSpec : Specification<Vehicle>
{
    public VehicleByVinSpec(Vin vin)
    {
        Query.Where(v => v.Vin == vin.Value);
    }
}
