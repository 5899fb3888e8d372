using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Sales.Domain.Orders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Messages.SendMessage;

/// <summary>Send the client a message by e-mail, SMS or Telegram; the text may use the template fields of <see cref="MessageWriter"/>.</summary>
public sealed record SendMessageCommand(Guid ClientId, MessageChannel? Channel, string? Subject, string? Text, Guid? OrderId) : ICommand<Guid>;

internal sealed class SendMessageValidator : AbstractValidator<SendMessageCommand>
{
    public SendMessageValidator()
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum();
        RuleFor(c => c.Subject).MaximumLength(ClientMessage.SubjectMaxLength);
        RuleFor(c => c.Text).NotEmpty().MaximumLength(ClientMessage.BodyMaxLength);
    }
}

internal sealed class SendMessageHandler(MessageWriter writer, IReadRepository<Order> orders, ICurrentEmployee me)
    : IRequestHandler<SendMessageCommand, Guid>
{
    public async Task<Guid> Handle(SendMessageCommand command, CancellationToken cancellationToken)
    {
        Order? order = null;
        if (command.OrderId is { } orderId)
        {
            order = await orders.FirstOrDefaultAsync(new OrderByIdSpec(new OrderId(orderId)), cancellationToken);
            if (order is null || order.ClientId.Value != command.ClientId)
            {
                throw new InvalidFieldException("orderId", "Not an order of this client.");
            }
        }

        var message = await writer.WriteAsync(new ClientId(command.ClientId), order, command.Channel!.Value, command.Subject, command.Text!, me.Id, cancellationToken);
        return message.Id.Value;
    }
}
