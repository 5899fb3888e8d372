using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;

namespace Crm.Modules.Sales.Application.Orders;

public sealed class OrderByIdSpec : Specification<Order>
{
    public OrderByIdSpec(OrderId id, bool forUpdate = false)
    {
        Query.Where(o => o.Id == id);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

/// <summary>Orders still being worked on (not paid, cancelled or duplicates), loaded for a change.</summary>
public sealed class OpenOrdersOfClientSpec : Specification<Order>
{
    public OpenOrdersOfClientSpec(ClientId clientId)
    {
        var closed = new[] { OrderStatus.Paid, OrderStatus.Cancelled, OrderStatus.False };
        Query.Where(o => o.ClientId == clientId && !closed.Contains(o.Status)).AsTracking();
    }
}

/// <summary>The columns a list row needs, projected in the database: positions, payments and history stay behind.</summary>
public sealed record OrderRow(
    OrderId Id, long Number, ClientId ClientId, OrderStatus Status, Guid? ManagerId, decimal Total, decimal PaidAmount, DateTime CreatedAtUtc, List<string> Tags);

/// <summary>Filters for the order list and board.</summary>
public sealed record OrderFilter(
    IReadOnlyList<OrderStatus>? Statuses, Guid? ManagerId, string? Tag, Guid? ClientId, DateTime? CreatedFromUtc, DateTime? CreatedToUtc);

/// <summary>Newest first with keyset paging on the order number. Duplicates ("False") only when asked for by status.</summary>
public sealed class OrderListSpec : Specification<Order, OrderRow>
{
    public OrderListSpec(OrderFilter filter, long? afterNumber, int take)
    {
        var statuses = filter.Statuses is { Count: > 0 } chosen ? chosen.Distinct().ToList() : OrderStatuses.Visible.ToList();
        var tag = filter.Tag?.Trim().ToLowerInvariant();
        var clientId = new ClientId(filter.ClientId ?? Guid.Empty);
        Query.Where(o => statuses.Contains(o.Status))
            .Where(o => o.ManagerId == filter.ManagerId, filter.ManagerId is not null)
            .Where(o => o.Tags.Any(t => t.Name == tag), !string.IsNullOrEmpty(tag))
            .Where(o => o.ClientId == clientId, filter.ClientId is not null)
            .Where(o => o.CreatedAtUtc >= filter.CreatedFromUtc, filter.CreatedFromUtc is not null)
            .Where(o => o.CreatedAtUtc < filter.CreatedToUtc, filter.CreatedToUtc is not null)
            .Where(o => o.Number < afterNumber, afterNumber is not null)
            .OrderByDescending(o => o.Number)
            .Take(take);
        Query.Select(o => new OrderRow(o.Id, o.Number, o.ClientId, o.Status, o.ManagerId, o.Total, o.PaidAmount, o.CreatedAtUtc, o.Tags.Select(t => t.Name).ToList()));
    }
}

/// <summary>How many orders the filter matches (for the board's columns).</summary>
public sealed class OrderCountSpec : Specification<Order>
{
    public OrderCountSpec(OrderFilter filter)
    {
        var spec = new OrderListSpec(filter, null, int.MaxValue);
        foreach (var where in spec.WhereExpressions)
        {
            Query.Where(where);
        }
    }
}
