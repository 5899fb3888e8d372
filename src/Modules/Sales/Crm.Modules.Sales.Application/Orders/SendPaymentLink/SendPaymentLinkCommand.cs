using System.Globalization;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Sales.Application.Messages;
using Crm.Modules.Sales.Application.Payments;
using Crm.Modules.Sales.Domain.Messages;
using FluentValidation;

namespace Crm.Modules.Sales.Application.Orders.SendPaymentLink;

public sealed record PaymentLinkDto(string Url, string Token, decimal Amount, DateTimeOffset ExpiresAt, Guid? MessageId);

/// <summary>
/// A payment link for the whole amount due or a part of it (seed 000). With a channel it is also sent to the
/// client as a message; without one the manager gets the link to pass on.
/// </summary>
public sealed record SendPaymentLinkCommand(Guid OrderId, int? ExpectedVersion, decimal? Amount, MessageChannel? Channel)
    : ICommand<PaymentLinkDto>, IOrderActionCommand;

internal sealed class SendPaymentLinkValidator : AbstractValidator<SendPaymentLinkCommand>
{
    public SendPaymentLinkValidator()
    {
        RuleFor(c => c.Amount).GreaterThan(0).PrecisionScale(18, 2, true);
        RuleFor(c => c.Channel).IsInEnum();
    }
}

internal sealed class SendPaymentLinkHandler(OrderActions actions, PaymentLinks links, MessageWriter messages)
    : MediatR.IRequestHandler<SendPaymentLinkCommand, PaymentLinkDto>
{
    public async Task<PaymentLinkDto> Handle(SendPaymentLinkCommand command, CancellationToken cancellationToken)
    {
        var order = await actions.LoadAsync(command.OrderId, command.ExpectedVersion, cancellationToken);
        var amount = command.Amount ?? order.Due;
        order.SendPaymentLink(amount, actions.Actor, actions.NowUtc);
        var (token, url, expires) = links.Issue(order.Id.Value, amount);
        Guid? messageId = null;
        if (command.Channel is { } channel)
        {
            var text = $"Order {{order.number}}: please pay {amount.ToString("0.00", CultureInfo.InvariantCulture)} here: {url}";
            messageId = (await messages.WriteAsync(order.ClientId, order, channel, "Payment for order {order.number}", text, actions.Actor, cancellationToken)).Id.Value;
        }

        return new PaymentLinkDto(url, token, amount, new DateTimeOffset(expires, TimeSpan.Zero), messageId);
    }
}
