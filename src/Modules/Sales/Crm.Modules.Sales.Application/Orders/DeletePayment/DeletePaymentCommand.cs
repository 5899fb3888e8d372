using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.DeletePayment;

/// <summary>Delete a payment entered by mistake.</summary>
public sealed record DeletePaymentCommand(Guid OrderId, int? ExpectedVersion, Guid PaymentId) : ICommand<Unit>, IOrderActionCommand;

internal sealed class DeletePaymentHandler(OrderActions actions) : IRequestHandler<DeletePaymentCommand, Unit>
{
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
}
