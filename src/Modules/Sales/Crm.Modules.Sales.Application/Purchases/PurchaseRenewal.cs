using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Domain.Purchases;

namespace Crm.Modules.Sales.Application.Purchases;

/// <summary>
/// A renewal order: the purchase's offer at its price for the same client, the same responsible employee as
/// manager, access extended by the purchase's length from its end.
/// </summary>
public sealed class PurchaseRenewal(ClientLookup clients, OrderPlacement placement, TimeProvider clock)
{
    public async Task<Order> RenewAsync(Purchase purchase, Guid? by, CancellationToken cancellationToken)
    {
        var client = await clients.GetAsync(purchase.ClientId.Value, forUpdate: false, cancellationToken);
        var accessEnds = purchase.EndsAtUtc is { } end ? Moments.Plus(end, end - purchase.StartsAtUtc) : (DateTime?)null;
        var options = new OrderOptions(purchase.ResponsibleEmployeeId, ["renewal"], accessEnds, by, purchase.Id.Value);
        var order = await placement.PlaceAsync(client, [new PositionSpec(purchase.Offer, purchase.Price, purchase.Quantity)], options, cancellationToken);
        purchase.Renew(order.Id, clock.GetUtcNow().UtcDateTime);
        return order;
    }
}
