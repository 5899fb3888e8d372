using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using MediatR;

namespace Crm.Modules.SpareParts.Application.CustomerOrders.CancelCustomerOrder;

/// <summary>Cancels a draft or posted order; its reserves go back to stock.</summary>
public sealed record CancelCustomerOrderCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>, IRetriedOnConflict;

internal sealed class CancelCustomerOrderHandler(IRepository<CustomerOrder> orders, OrderDesk desk, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<CancelCustomerOrderCommand, Unit>
{
    public async Task<Unit> Handle(CancelCustomerOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await orders.ForUpdateAsync(command.Id, cancellationToken, command.ExpectedVersion);
        await desk.CancelAsync(order, employee.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return Unit.Value;
    }
}
