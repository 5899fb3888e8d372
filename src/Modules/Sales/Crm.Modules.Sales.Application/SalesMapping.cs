using Crm.BuildingBlocks.Application.Mapping;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Application.Clients.ListClients;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;
using Mapster;

namespace Crm.Modules.Sales.Application;

/// <summary>
/// Sales' mechanical projections (ADR 0061): list rows read in the database through <c>ProjectToListAsync</c>, each
/// record filled through its constructor by member name. Mapping that carries logic stays in code (<c>ToDto</c>).
/// </summary>
internal sealed class SalesMapping : IRegister
{
    public void Register(TypeAdapterConfig config)
    {
        config.NewConfig<Client, ClientRow>().MapToRecord();
        config.NewConfig<Client, ClientName>().MapToRecord();
        config.NewConfig<Order, OrderRow>().MapToRecord().Map(row => row.Tags, order => order.Tags.Select(t => t.Name).ToList());
    }
}
