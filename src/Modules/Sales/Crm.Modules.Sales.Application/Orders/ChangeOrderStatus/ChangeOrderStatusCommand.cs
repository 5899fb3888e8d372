using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Sales.Domain.Orders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.ChangeOrderStatus;

/// <summary>Set the status by hand (seed 000). Cancelled needs a reason; Paid and PartiallyPaid come from payments only.</summary>
public sealed record ChangeOrderStatusCommand(Guid OrderId, int? ExpectedVersion, OrderStatus? Status, string? Reason) : ICommand<Unit>, IOrderActionCommand;

internal sealed class ChangeOrderStatusValidator : AbstractValidator<ChangeOrderStatusCommand>
{
    public ChangeOrderStatusValidator()
    {
        RuleFor(c => c.Status).NotNull().IsInEnum();
        RuleFor(c => c.Reason).MaximumLength(Order.ReasonMaxLength);
    }
}

internal sealed class ChangeOrderStatusHandler(OrderActions actions) : IRequestHandler<ChangeOrderStatusCommand, Unit>
{
    public async Task<Unit> Handle(ChangeOrderStatusCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        OrderStatusChange.Apply(order, command.Status!.Value, command.Reason, actions.Actor, actions.NowUtc);
        return Unit.Value;
    }
}
