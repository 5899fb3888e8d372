using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Sales.Domain.Orders;

namespace Crm.Modules.Sales.Application.Orders;

/// <summary>What every manager action on an order starts with: the order (404), the version the manager saw, who, now.</summary>
public sealed class OrderActions(IRepository<Order> orders, ICurrentEmployee me, TimeProvider clock)
{
    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public Guid Actor => me.Id;

    public Task<Order> LoadAsync(Guid orderId, int? expectedVersion, CancellationToken cancellationToken) =>
        orders.ForUpdateAsync(orderId, cancellationToken, expectedVersion);
}

/// <summary>Shared by order actions: the id from the route and the If-Match version, if the client sent one.</summary>
public interface IOrderActionCommand
{
    Guid OrderId { get; }

    int? ExpectedVersion { get; }
}
