using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using MediatR;

namespace Crm.Modules.ServiceStation.Application.Vehicles.GetVehicle;

/// <summary>A vehicle's card with its mileage readings.</summary>
public sealed record GetVehicleQuery(Guid Id) : IQuery<VehicleDto>;

internal sealed class GetVehicleHandler(IReadRepository<Vehicle> vehicles) : IRequestHandler<GetVehicleQuery, VehicleDto>
{
    public async Task<VehicleDto> Handle(GetVehicleQuery query, CancellationToken cancellationToken) =>
        (await vehicles.GetAsync(query.Id, cancellationToken)).ToDto();
}
