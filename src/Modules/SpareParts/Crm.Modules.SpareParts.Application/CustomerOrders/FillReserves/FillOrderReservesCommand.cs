using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using MediatR;

namespace Crm.Modules.SpareParts.Application.CustomerOrders.FillReserves;

/// <summary>One order's share of arrived goods: line id → quantity planned.</summary>
public sealed record OrderFill(Guid OrderId, IReadOnlyDictionary<Guid, decimal> Plan);

/// <summary>Orders' shares of arrived goods reserved in one transaction (a batch, or one order alone); answers how much was reserved.</summary>
public sealed record FillOrderReservesCommand(IReadOnlyList<OrderFill> Fills, Guid ByEmployeeId) : ICommand<decimal>, IRetriedOnConflict;

internal sealed class FillOrderReservesHandler(IRepository<CustomerOrder> orders, OrderDesk desk, TimeProvider clock) : IRequestHandler<FillOrderReservesCommand, decimal>
{
    public async Task<decimal> Handle(FillOrderReservesCommand command, CancellationToken cancellationToken)
    {
        var filled = 0m;
        foreach (var fill in command.Fills)
        {
            var order = await orders.ForUpdateAsync(fill.OrderId, cancellationToken);
            filled += await desk.FillAsync(order, fill.Plan, command.ByEmployeeId, clock.GetUtcNow().UtcDateTime, cancellationToken);
        }

        return filled;
    }
}
