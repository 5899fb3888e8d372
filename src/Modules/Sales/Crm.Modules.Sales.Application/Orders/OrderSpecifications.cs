using Ardalis.Specification;
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

/// <summary>
/// The columns a list row needs, projected in the database by Mapster (ADR 0061): positions, payments and history stay
/// behind; the tags come as their names (<see cref="SalesMapping"/>).
/// </summary>
public sealed record OrderRow(
    OrderId Id, long Number, ClientId ClientId, OrderStatus Status, Guid? ManagerId, decimal Total, decimal PaidAmount, DateTime CreatedAtUtc, List<string> Tags);

/// <summary>Filters for the order list and board.</summary>
public sealed record OrderFilter(
    IReadOnlyList<OrderStatus>? Statuses, Guid? ManagerId, string? Tag, Guid? ClientId, DateTime? CreatedFromUtc, DateTime? CreatedToUtc);

/// <summary>Newest first with keyset paging on the order number. Duplicates ("False") only when asked for by status.</summary>
public sealed class OrderListSpec : Specification<Order>
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
    }
}

/// <summary>How many orders the filter matches (for the board's columns): counting reads only the criteria.</summary>
public sealed class OrderCountSpec : Specification<Order>
{
    public OrderCountSpec(OrderFilter filter)
    {
        foreach (var where in new OrderListSpec(filter, null, int.MaxValue).WhereExpressions)
        {
            Query.Where(where.Filter);
        }
    }
}
