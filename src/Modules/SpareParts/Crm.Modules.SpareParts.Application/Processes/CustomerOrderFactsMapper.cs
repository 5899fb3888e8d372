using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Sales;

namespace Crm.Modules.SpareParts.Application.Processes;

/// <summary>
/// What customer orders and sales tell processes, as they are at commit (object types "customer-order" and "sale";
/// the events are <see cref="SparePartsFacts"/>'). Every order fact carries the order's manager, client, the station's
/// booking or work order it serves, whether it is all in stock and its earliest open supply deadline; a line's facts
/// add the line (part, quantity, reserved, deadline, on time or late).
/// </summary>
internal sealed class CustomerOrderFactsMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        CustomerOrderPostedDomainEvent e => Facts(e.Order, SparePartsFacts.Posted),
        CustomerOrderCancelledDomainEvent e => Facts(e.Order, SparePartsFacts.Cancelled),
        OrderLineArrivedDomainEvent e => Facts(e.Order, SparePartsFacts.LineArrived, Line(e.Line, e.OnTime, ("line.arrived", e.Quantity))),
        OrderReserveSetDomainEvent e => Facts(e.Order, SparePartsFacts.ReserveSet, Line(e.Line, e.OnTime, ("automatic", e.Automatic))),
        OrderReserveReleasedDomainEvent e => Facts(e.Order, SparePartsFacts.ReserveReleased, Line(e.Line, null, ("line.released", e.Quantity))),
        OrderAllGoodsInStockDomainEvent e => Facts(e.Order, SparePartsFacts.AllGoodsInStock),
        SupplyDeadlineChangedDomainEvent e => Facts(e.Order, SparePartsFacts.SupplyDeadlineChanged, Line(e.Line, null, ("line.previous-deadline", e.PreviousUtc))),
        CustomerOrderSoldDomainEvent e => Facts(e.Order, SparePartsFacts.Sold),
        SaleCompletedDomainEvent e => new FactsReportedIntegrationEvent(new ObjectReference(SparePartsFacts.Sale, e.Sale.Id.Value.ToString()), SparePartsFacts.Completed,
            new Dictionary<string, object?>
            {
                ["customer-order.id"] = e.Sale.CustomerOrderId?.ToString(),
                ["client.id"] = e.Sale.ClientId?.ToString(),
                ["sold-by.id"] = e.Sale.SoldById.ToString(),
                ["total"] = e.Sale.Total,
            }),
        _ => null,
    };

    private static FactsReportedIntegrationEvent Facts(CustomerOrder o, string @event, Dictionary<string, object?>? extra = null)
    {
        var facts = new Dictionary<string, object?>
        {
            ["status"] = o.Status.ToString(),
            ["manager.id"] = o.ManagerId.ToString(),
            ["client.id"] = o.ClientId.ToString(),
            ["warehouse.id"] = o.WarehouseId.Value.ToString(),
            ["booking.id"] = o.BookingId?.ToString(),
            ["work-order.id"] = o.WorkOrderId?.ToString(),
            ["sale.id"] = o.SaleId?.ToString(),
            ["total"] = o.Total,
            ["lines"] = (decimal)o.Lines.Count,
            ["lines-awaiting"] = (decimal)o.Lines.Count(l => !l.IsReserved),
            ["all-in-stock"] = o.IsAllReserved,
            ["earliest-deadline"] = o.EarliestOpenDeadlineUtc,
        };
        foreach (var (key, value) in extra ?? [])
        {
            facts[key] = value;
        }

        return new FactsReportedIntegrationEvent(new ObjectReference(SparePartsFacts.CustomerOrder, o.Id.Value.ToString()), @event, facts);
    }

    private static Dictionary<string, object?> Line(CustomerOrderLine line, bool? onTime, (string Key, object? Value) extra) =>
        new()
        {
            ["line.id"] = line.Id.ToString(),
            ["line.part.id"] = line.PartId.Value.ToString(),
            ["line.quantity"] = line.Quantity,
            ["line.reserved"] = line.Reserved,
            ["line.deadline"] = line.SupplyDeadlineUtc,
            ["line.on-time"] = onTime,
            [extra.Key] = extra.Value,
        };
}
