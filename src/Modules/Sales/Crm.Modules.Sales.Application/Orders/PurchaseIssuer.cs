using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Domain.Purchases;

namespace Crm.Modules.Sales.Application.Orders;

/// <summary>When an order becomes paid, its purchases are created (one per position), once per order.</summary>
public sealed class PurchaseIssuer(IRepository<Purchase> purchases, TimeProvider clock)
{
    public void IssueIfPaid(Order order)
    {
        if (order.Status != OrderStatus.Paid || order.PurchasesIssued)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var position in order.Positions)
        {
            purchases.Add(Purchase.IssueFor(order, position, now));
        }

        order.MarkPurchasesIssued();
    }
}
