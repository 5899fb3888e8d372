using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Sales.Domain.Orders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.AddPayment;

/// <summary>A manager enters money received, e.g. a bank transfer (seed 000).</summary>
public sealed record AddPaymentCommand(Guid OrderId, int? ExpectedVersion, decimal? Amount, PaymentMethod? Method) : ICommand<Unit>, IOrderActionCommand;

internal sealed class AddPaymentValidator : AbstractValidator<AddPaymentCommand>
{
    public AddPaymentValidator()
    {
        RuleFor(c => c.Amount).NotNull().GreaterThan(0).PrecisionScale(18, 2, true);
        RuleFor(c => c.Method).NotNull().IsInEnum();
    }
}

internal sealed class AddPaymentHandler(OrderActions actions, PurchaseIssuer purchases) : IRequestHandler<AddPaymentCommand, Unit>
{
    public async Task<Unit> Handle(AddPaymentCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.AddPayment(command.Amount!.Value, command.Method!.Value, actions.Actor, actions.NowUtc);
        purchases.IssueIfPaid(order);
        return Unit.Value;
    }
}
