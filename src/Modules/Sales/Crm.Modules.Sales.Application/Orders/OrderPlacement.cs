using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Application.Common;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;

namespace Crm.Modules.Sales.Application.Orders;

/// <summary>Creates an order with the next number: used by managers, the renewal of a purchase and processes.</summary>
public sealed class OrderPlacement(IRepository<Order> orders, ISalesNumbers numbers, TimeProvider clock)
{
    public async Task<Order> PlaceAsync(Client client, IReadOnlyList<PositionSpec> positions, OrderOptions options, CancellationToken cancellationToken)
    {
        var number = await numbers.NextOrderNumberAsync(cancellationToken);
        var order = Order.Place(new OrderId(Guid.NewGuid()), number, client, positions, options, clock.GetUtcNow().UtcDateTime);
        orders.Add(order);
        return order;
    }
}
