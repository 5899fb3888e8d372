using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using static Crm.BuildingBlocks.Application.Security.ReaderTimeZone;

namespace Crm.Modules.SpareParts.Application.CustomerOrders;

public sealed record CustomerOrderLineDto(
    Guid Id, int Number, Guid PartId, string Unit, decimal Quantity, decimal Price, decimal Reserved, decimal Missing, DateTimeOffset? SupplyDeadline);

/// <summary>A customer order's card, moments in the reader's zone; <see cref="EarliestOpenDeadline"/> is the next promise falling due; <see cref="Version"/> is its ETag.</summary>
public sealed record CustomerOrderDto(
    Guid Id, Guid ClientId, Guid ManagerId, Guid WarehouseId, Guid? WorkOrderId, Guid? BookingId, CustomerOrderStatus Status,
    DateTimeOffset CreatedAt, DateTimeOffset? PostedAt, DateTimeOffset? ClosedAt, Guid? SaleId, DateTimeOffset? EarliestOpenDeadline, decimal Total,
    IReadOnlyList<CustomerOrderLineDto> Lines, int Version) : IVersionedCard;

internal static class CustomerOrderMapping
{
    public static CustomerOrderDto ToDto(this CustomerOrder o) =>
        new(o.Id.Value, o.ClientId, o.ManagerId, o.WarehouseId.Value, o.WorkOrderId, o.BookingId, o.Status, Show(o.CreatedAtUtc), Show(o.PostedAtUtc), Show(o.ClosedAtUtc),
            o.SaleId, Show(o.EarliestOpenDeadlineUtc), o.Total,
            o.Lines.OrderBy(l => l.Number).Select(l => new CustomerOrderLineDto(
                l.Id, l.Number, l.PartId.Value, l.Unit, l.Quantity, l.Price, l.Reserved, l.Missing, Show(l.SupplyDeadlineUtc))).ToList(), o.Version);
}
