using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using MediatR;

namespace Crm.Modules.SpareParts.Application.CustomerOrders.PostCustomerOrder;

/// <summary>Posts a draft: reserves what is available, the rest awaits supply by its lines' deadlines (422 customer-order.deadline-required when one has none).</summary>
public sealed record PostCustomerOrderCommand(Guid Id, int? ExpectedVersion) : ICommand<Unit>, IRetriedOnConflict;

internal sealed class PostCustomerOrderHandler(IRepository<CustomerOrder> orders, OrderDesk desk, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<PostCustomerOrderCommand, Unit>
{
    public async Task<Unit> Handle(PostCustomerOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await orders.ForUpdateAsync(command.Id, cancellationToken, command.ExpectedVersion);
        await desk.PostAsync(order, employee.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return Unit.Value;
    }
}
