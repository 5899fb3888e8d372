using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
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
    : IntegrationEventHandler<ClientMessageRequestedIntegrationEvent>(unitOfWorks)
{
    private readonly IUnitOfWork _unitOfWork = unitOfWorks.For(typeof(ClientMessageRequestedHandler));

    protected override async Task HandleAsync(ClientMessageRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        if (await messages.AnyAsync(new MessageByRequestSpec(request.RequestId), cancellationToken))
        {
            return; // the asker sent the same request again
        }

        try
        {
            var channel = request.Channel is null ? (MessageChannel?)null
                : Enum.TryParse<MessageChannel>(request.Channel, true, out var named) ? named
                : throw new InvalidFieldException("channel", $"'{request.Channel}' is not a channel (Email, Sms, Telegram).");
            var message = await writer.WriteAsync(new ClientId(request.ClientId), null, channel, request.Subject, request.Text, request.RequestedBy, cancellationToken);
            message.AskedBy(request.RequestId, request.Module, request.About.Type, request.About.Id);
        }
        catch (Exception ex) when (ex is BusinessRuleValidationException or NotFoundException or InvalidFieldException or ArgumentException)
        {
            _unitOfWork.DiscardChanges(); // in an outbox group this throws, and the request comes again alone (ADR 0045)
            logger.LogWarning("Message {RequestId} asked by {Module} about {Type} {Id} refused: {Error}",
                request.RequestId, request.Module, request.About.Type, request.About.Id, ex.Message);
            _unitOfWork.Publish(new ClientMessageRefusedIntegrationEvent(request.RequestId, request.Module, request.About, request.ClientId, ex.Message));
        }
    }
}
