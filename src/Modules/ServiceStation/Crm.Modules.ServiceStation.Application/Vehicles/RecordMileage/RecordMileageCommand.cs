using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using FluentValidation;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Vehicles.RecordMileage;

/// <summary>
/// The odometer read <see cref="Km"/> at <see cref="At"/> (now when not given). Lower than an earlier reading only
/// with <see cref="OdometerReplaced"/>.
/// </summary>
public sealed record RecordMileageCommand(Guid VehicleId, int? ExpectedVersion, int? Km, DateTimeOffset? At, MileageSource? Source, bool OdometerReplaced = false)
    : ICommand<Unit>;

internal sealed class RecordMileageValidator : AbstractValidator<RecordMileageCommand>
{
    public const int MaxKm = 10_000_000;

    public RecordMileageValidator()
    {
        RuleFor(c => c.Km).NotNull().InclusiveBetween(0, MaxKm);
        RuleFor(c => c.Source).IsInEnum();
    }
}

internal sealed class RecordMileageHandler(IRepository<Vehicle> vehicles, TimeProvider clock) : IRequestHandler<RecordMileageCommand, Unit>
{
    public async Task<Unit> Handle(RecordMileageCommand command, CancellationToken cancellationToken)
    {
        var vehicle = await vehicles.ForUpdateAsync(command.VehicleId, cancellationToken, command.ExpectedVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        vehicle.RecordMileage(command.Km!.Value, command.At?.UtcDateTime ?? now, command.Source ?? MileageSource.Manual, command.OdometerReplaced, now);
        return Unit.Value;
    }
}
