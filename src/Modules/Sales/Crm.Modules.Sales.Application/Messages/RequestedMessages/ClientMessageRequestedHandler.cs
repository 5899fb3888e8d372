using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Sales.Contracts;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Messages;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Sales.Application.Messages.RequestedMessages;

/// <summary>
/// Writes the message another module asked for (ADR 0078), once per request (the inbox, and the request id on the
/// message), remembering who asked and about what so the client's reply goes back to them. A refusal (unknown
/// client, no address on the channel) is answered, never retried; one request's failure leaves every other alone.
/// </summary>
internal sealed class ClientMessageRequestedHandler(
    IUnitOfWorkLocator unitOfWorks, MessageWriter writer, IReadRepository<ClientMessage> messages, ILogger<ClientMessageRequestedHandler> logger)
    : AnsweredRequestHandler<ClientMessageRequestedIntegrationEvent>(unitOfWorks, logger)
{
    protected override async Task PerformAsync(ClientMessageRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        if (await messages.AnyAsync(new MessageByRequestSpec(request.RequestId), cancellationToken))
        {
            return; // the asker sent the same request again
        }

        var channel = request.Channel is null ? (MessageChannel?)null
            : Enum.TryParse<MessageChannel>(request.Channel, true, out var named) ? named
            : throw new InvalidFieldException("channel", $"'{request.Channel}' is not a channel (Email, Sms, Telegram).");
        var message = await writer.WriteAsync(new ClientId(request.ClientId), null, channel, request.Subject, request.Text, request.RequestedBy, cancellationToken);
        message.AskedBy(request.RequestId, request.Module, request.About.Type, request.About.Id);
    }

    /// <summary>A written message needs no answer: the client's reply is the next one. A bad text is a refusal too.</summary>
    protected override IntegrationEvent? Answer(ClientMessageRequestedIntegrationEvent request, string? refusal) =>
        refusal is null ? null : new ClientMessageRefusedIntegrationEvent(request.RequestId, request.Module, request.About, request.ClientId, refusal);

    protected override bool IsRefusal(Exception failure) => base.IsRefusal(failure) || failure is ArgumentException;
}
