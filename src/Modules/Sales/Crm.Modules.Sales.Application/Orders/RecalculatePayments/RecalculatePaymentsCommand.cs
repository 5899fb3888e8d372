using Crm.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.RecalculatePayments;

/// <summary>"Recalculate payments": derive the paid amount and status from the payments again.</summary>
public sealed record RecalculatePaymentsCommand(Guid OrderId, int? ExpectedVersion) : ICommand<Unit>, IOrderActionCommand;

internal sealed class RecalculatePaymentsHandler(OrderActions actions, PurchaseIssuer purchases) : IRequestHandler<RecalculatePaymentsCommand, Unit>
{
    public async Task<Unit> Handle(RecalculatePaymentsCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.RecalculatePayments(actions.Actor, actions.NowUtc);
        purchases.IssueIfPaid(order);
        return Unit.Value;
    }
}
