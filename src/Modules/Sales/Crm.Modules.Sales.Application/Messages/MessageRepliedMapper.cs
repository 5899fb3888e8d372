using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Contracts;
using Crm.Modules.Sales.Domain.Messages;

namespace Crm.Modules.Sales.Application.Messages;

/// <summary>A client's reply goes out as Sales' contract event, naming the module and object that asked for the message.</summary>
internal sealed class MessageRepliedMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent is MessageRepliedDomainEvent e
        ? new ClientMessageRepliedIntegrationEvent(
            e.Reply.Id.Value, e.Message.Id.Value, e.Message.ClientId.Value, e.Reply.Text, e.Reply.ReceivedAtUtc, e.Message.AskedByModule,
            e.Message.AboutType is { } type && e.Message.AboutId is { } id ? new ObjectReference(type, id) : null)
        : null;
}
