using Crm.BuildingBlocks.Infrastructure.Delivery;
using Crm.Modules.Sales.Domain.Messages;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Sales.Infrastructure.Messaging;

/// <summary>E-mail through a real SMTP server, configured under <c>Sales:Messages:Smtp</c>.</summary>
internal sealed class SmtpMessageAdapter(IOptions<MessagingOptions> options) : IMessageAdapter
{
    public const string Name = SmtpDelivery.AdapterName;

    public string AdapterName => Name;

    public Task SendAsync(ClientMessage message, CancellationToken cancellationToken) =>
        SmtpDelivery.SendAsync(options.Value.Smtp, message.ToOutgoing(), cancellationToken);
}

internal static class ClientMessageDelivery
{
    public static OutgoingMessage ToOutgoing(this ClientMessage message) =>
        new(message.Id.Value, message.Channel.ToString(), message.Recipient, message.Subject, message.Body, message.CreatedAtUtc);
}
