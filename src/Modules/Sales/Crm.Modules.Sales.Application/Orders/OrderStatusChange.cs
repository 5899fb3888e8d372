using Crm.Modules.Sales.Domain.Orders;

namespace Crm.Modules.Sales.Application.Orders;

/// <summary>One meaning of "set status X" for managers and processes alike.</summary>
public static class OrderStatusChange
{
    public static void Apply(Order order, OrderStatus status, string? reason, Guid? by, DateTime nowUtc)
    {
        switch (status)
        {
            case OrderStatus.Cancelled:
                order.Cancel(reason, by, nowUtc);
                break;
            case OrderStatus.False:
                order.MarkDuplicate(by, nowUtc);
                break;
            default:
                order.ChangeStatus(status, by, nowUtc);
                break;
        }
    }
}
