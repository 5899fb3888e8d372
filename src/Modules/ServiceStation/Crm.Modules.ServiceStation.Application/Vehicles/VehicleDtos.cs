using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using static Crm.Modules.ServiceStation.Application.Common.DocumentInput;

namespace Crm.Modules.ServiceStation.Application.Vehicles;

public sealed record MileageReadingDto(Guid Id, int Km, DateTimeOffset At, MileageSource Source, bool OdometerReplaced);

/// <summary>A vehicle's card; readings oldest first. <see cref="Version"/> is also the ETag.</summary>
public sealed record VehicleDto(
    Guid Id, string Vin, string Plate, string Make, string Model, int Year, Guid OwnerClientId, DateTimeOffset RegisteredAt,
    IReadOnlyList<MileageReadingDto> Readings, int Version) : IVersionedCard;

public sealed record VehicleSummaryDto(Guid Id, string Vin, string Plate, string Make, string Model, int Year, Guid OwnerClientId);

public static class VehicleMapping
{
    public static VehicleDto ToDto(this Vehicle v) => new(
        v.Id.Value, v.Vin, v.Plate, v.Make, v.Model, v.Year, v.OwnerClientId, Show(v.RegisteredAtUtc),
        v.Readings.OrderBy(r => r.AtUtc).Select(r => new MileageReadingDto(r.Id, r.Km, Show(r.AtUtc), r.Source, r.OdometerReplaced)).ToList(),
        v.Version);
}
