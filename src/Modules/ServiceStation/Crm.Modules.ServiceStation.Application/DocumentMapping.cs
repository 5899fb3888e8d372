using Crm.BuildingBlocks.Application.Mapping;
using Crm.Modules.ServiceStation.Application.Vehicles.ListVehicles;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Mapster;

namespace Crm.Modules.ServiceStation.Application;

/// <summary>The station documents' list rows, projected in the database (ADR 0061).</summary>
internal sealed class DocumentMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Vehicle, VehicleRow>().MapToRecord();
    }
}
