using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Domain.Clients;

namespace Crm.Modules.Sales.Domain.Messages;

public readonly record struct MessageReplyId(Guid Value) : ITypedId;

/// <summary>
/// What the client answered to a message, recorded by the channel (an SMS gateway, a mailbox) or by a person who read
/// it. Its own row, not a part of the message: the message row is the delivery outbox a sender leases (ADR 0078).
/// </summary>
public sealed class MessageReply : AggregateRoot<MessageReplyId>
{
    public const int TextMaxLength = ClientMessage.BodyMaxLength;

    private MessageReply()
    {
        Text = string.Empty;
    }

    public MessageId MessageId { get; private set; }

    public ClientId ClientId { get; private set; }

    public string Text { get; private set; }

    public DateTime ReceivedAtUtc { get; private set; }

    public Guid? RecordedBy { get; private set; }

    public static MessageReply Record(ClientMessage message, string text, DateTime receivedAtUtc, Guid? by)
    {
        var reply = new MessageReply
        {
            Id = new MessageReplyId(Guid.NewGuid()),
            MessageId = message.Id,
            ClientId = message.ClientId,
            Text = Guard.NotBlank(text, nameof(text), TextMaxLength),
            ReceivedAtUtc = Guard.Utc(receivedAtUtc, nameof(receivedAtUtc)),
            RecordedBy = by,
        };
        reply.Raise(new MessageRepliedDomainEvent(reply, message, receivedAtUtc));
        return reply;
    }
}

/// <summary>The client replied; the message says who asked for it, so the reply can go back to them.</summary>
public sealed record MessageRepliedDomainEvent(MessageReply Reply, ClientMessage Message, DateTime OccurredAtUtc) : IDomainEvent;
