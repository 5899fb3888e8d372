using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Sales.Application.Orders.PlaceOrder;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.ChangePosition;

/// <summary>Change a position's price and quantity; the total, and with it Paid / PartiallyPaid, follow.</summary>
public sealed record ChangePositionCommand(Guid OrderId, int? ExpectedVersion, Guid PositionId, decimal? Price, int? Quantity)
    : ICommand<Unit>, IOrderActionCommand;

internal sealed class ChangePositionValidator : AbstractValidator<ChangePositionCommand>
{
    public ChangePositionValidator() => PositionRules.Amounts(this, c => c.Price, c => c.Quantity);
}

internal sealed class ChangePositionHandler(OrderActions actions, PurchaseIssuer purchases) : IRequestHandler<ChangePositionCommand, Unit>
{
    public async Task<Unit> Handle(ChangePositionCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        if (order.Positions.All(p => p.Id != command.PositionId))
        {
            throw new NotFoundException("Position", command.PositionId);
        }

        order.ChangePosition(command.PositionId, command.Price!.Value, command.Quantity!.Value, actions.Actor, actions.NowUtc);
        purchases.IssueIfPaid(order);
        return Unit.Value;
    }
}
