using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using MediatR;

namespace Crm.Modules.SpareParts.Application.CustomerOrders.FillReserves;

/// <summary>One order's share of arrived goods (line id → quantity planned), reserved in its own transaction; answers how much was reserved.</summary>
public sealed record FillOrderReservesCommand(Guid OrderId, IReadOnlyDictionary<Guid, decimal> Plan, Guid ByEmployeeId) : ICommand<decimal>;

internal sealed class FillOrderReservesHandler(IRepository<CustomerOrder> orders, OrderDesk desk, TimeProvider clock) : IRequestHandler<FillOrderReservesCommand, decimal>
{
    public async Task<decimal> Handle(FillOrderReservesCommand command, CancellationToken cancellationToken)
    {
        var order = await orders.ForUpdateAsync(command.OrderId, cancellationToken);
        return await desk.FillAsync(order, command.Plan, command.ByEmployeeId, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }
}
