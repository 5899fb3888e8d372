using Crm.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.ChangeAccessEnd;

/// <summary>Move the end of the access the order buys; null: no end.</summary>
public sealed record ChangeAccessEndCommand(Guid OrderId, int? ExpectedVersion, DateTimeOffset? EndsAt) : ICommand<Unit>, IOrderActionCommand;

internal sealed class ChangeAccessEndHandler(OrderActions actions) : IRequestHandler<ChangeAccessEndCommand, Unit>
{
    public async Task<Unit> Handle(ChangeAccessEndCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.ChangeAccessEnd(command.EndsAt?.UtcDateTime, actions.Actor, actions.NowUtc);
        return Unit.Value;
    }
}
