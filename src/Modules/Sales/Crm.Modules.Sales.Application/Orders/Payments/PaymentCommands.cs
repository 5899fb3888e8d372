using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Sales.Domain.Orders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.Payments;

/// <summary>A manager enters money received, e.g. a bank transfer (seed 000).</summary>
public sealed record AddPaymentCommand(Guid OrderId, int? ExpectedVersion, decimal? Amount, PaymentMethod? Method) : ICommand<Unit>, IOrderActionCommand;

public sealed record DeletePaymentCommand(Guid OrderId, int? ExpectedVersion, Guid PaymentId) : ICommand<Unit>, IOrderActionCommand;

/// <summary>"Recalculate payments": derive the paid amount and status from the payments again.</summary>
public sealed record RecalculatePaymentsCommand(Guid OrderId, int? ExpectedVersion) : ICommand<Unit>, IOrderActionCommand;

internal sealed class AddPaymentValidator : AbstractValidator<AddPaymentCommand>
{
    public AddPaymentValidator()
    {
        RuleFor(c => c.Amount).NotNull().GreaterThan(0).PrecisionScale(18, 2, true);
        RuleFor(c => c.Method).NotNull().IsInEnum();
    }
}

internal sealed class PaymentCommandsHandler(OrderActions actions, PurchaseIssuer purchases)
    : IRequestHandler<AddPaymentCommand, Unit>, IRequestHandler<DeletePaymentCommand, Unit>, IRequestHandler<RecalculatePaymentsCommand, Unit>
{
    public async Task<Unit> Handle(AddPaymentCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.AddPayment(command.Amount!.Value, command.Method!.Value, actions.Actor, actions.NowUtc);
        purchases.IssueIfPaid(order);
        return Unit.Value;
    }

    public async Task<Unit> Handle(DeletePaymentCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        if (order.Payments.All(p => p.Id != command.PaymentId))
        {
            throw new NotFoundException("Payment", command.PaymentId);
        }

        order.DeletePayment(command.PaymentId, actions.Actor, actions.NowUtc);
        return Unit.Value;
    }

    public async Task<Unit> Handle(RecalculatePaymentsCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        order.RecalculatePayments(actions.Actor, actions.NowUtc);
        purchases.IssueIfPaid(order);
        return Unit.Value;
    }
}
