using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Orders;

namespace Crm.Modules.Sales.Application.Orders;

/// <summary>An order named by id, for the use cases that read or change one: 404 "Order" when unknown.</summary>
internal static class OrderLoading
{
    private const string What = "Order";

    public static Task<Order> GetAsync(this IReadRepository<Order> orders, Guid id, CancellationToken cancellationToken) =>
        orders.FirstOrNotFoundAsync(new OrderByIdSpec(new OrderId(id)), What, id, cancellationToken);

    public static Task<Order> ForUpdateAsync(this IRepository<Order> orders, Guid id, CancellationToken cancellationToken, int? expectedVersion = null) =>
        orders.LoadForUpdateAsync(new OrderByIdSpec(new OrderId(id), forUpdate: true), What, id, cancellationToken, expectedVersion);
}
