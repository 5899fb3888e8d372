using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Sales.Domain.Orders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.CommentOrder;

/// <summary>A comment in the order's history.</summary>
public sealed record CommentOrderCommand(Guid OrderId, int? ExpectedVersion, string? Text) : ICommand<Unit>, IOrderActionCommand;

internal sealed class CommentOrderValidator : AbstractValidator<CommentOrderCommand>
{
    public CommentOrderValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(Order.CommentMaxLength);
}

internal sealed class CommentOrderHandler(OrderActions actions) : IRequestHandler<CommentOrderCommand, Unit>
{
    public async Task<Unit> Handle(CommentOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.Comment(command.Text!, actions.Actor, actions.NowUtc);
        return Unit.Value;
    }
}
