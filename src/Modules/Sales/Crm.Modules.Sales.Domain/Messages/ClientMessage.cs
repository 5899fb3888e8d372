using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Domain.Clients;

namespace Crm.Modules.Sales.Domain.Messages;

public readonly record struct MessageId(Guid Value) : ITypedId;

public enum MessageChannel
{
    Email,
    Sms,
    Telegram,
}

public enum MessageStatus
{
    Pending,
    Sent,
    Failed,
}

/// <summary>
/// A message to a client. The row is also the delivery outbox: a background sender claims due rows, hands them to
/// the channel's adapter and records the outcome; failures are retried with back-off, then kept as failed.
/// </summary>
public sealed class ClientMessage : AggregateRoot<MessageId>
{
    public const int SubjectMaxLength = 300;
    public const int BodyMaxLength = 8000;

    private ClientMessage()
    {
        Recipient = string.Empty;
        Body = string.Empty;
    }

    public ClientId ClientId { get; private set; }

    public Guid? OrderId { get; private set; }

    public MessageChannel Channel { get; private set; }

    public string Recipient { get; private set; }

    public string? Subject { get; private set; }

    public string Body { get; private set; }

    public MessageStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public Guid? CreatedBy { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    /// <summary>Claim lease: while in the future, one sender owns the row.</summary>
    public DateTime? LockedUntilUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The module that asked for the message, and its object the message is about (null: written in Sales).</summary>
    public string? AskedByModule { get; private set; }

    /// <inheritdoc cref="AskedByModule"/>
    public string? AboutType { get; private set; }

    /// <inheritdoc cref="AskedByModule"/>
    public string? AboutId { get; private set; }

    /// <summary>The asker's request id: one message per request, however often it is delivered.</summary>
    public Guid? RequestId { get; private set; }

    public static ClientMessage Write(ClientId clientId, Guid? orderId, MessageChannel channel, string? recipient, string? subject, string body, Guid? by, DateTime nowUtc)
    {
        CheckRule(new Rules.MessageNeedsRecipientRule(channel, recipient));
        return new()
        {
            Id = new MessageId(Guid.NewGuid()),
            ClientId = clientId,
            OrderId = orderId,
            Channel = channel,
            Recipient = Guard.NotBlank(recipient, nameof(recipient), 254),
            Subject = string.IsNullOrWhiteSpace(subject) ? null : Guard.NotBlank(subject, nameof(subject), SubjectMaxLength),
            Body = Guard.NotBlank(body, nameof(body), BodyMaxLength),
            Status = MessageStatus.Pending,
            CreatedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            NextAttemptAtUtc = nowUtc,
            CreatedBy = by,
        };
    }

    /// <summary>Another module asked for this message about one of its objects: replies go back to it.</summary>
    public void AskedBy(Guid requestId, string module, string aboutType, string aboutId)
    {
        RequestId = requestId;
        AskedByModule = Guard.NotBlank(module, nameof(module), 64);
        AboutType = Guard.NotBlank(aboutType, nameof(aboutType), 64);
        AboutId = Guard.NotBlank(aboutId, nameof(aboutId), 100);
    }

    public void MarkSent(DateTime nowUtc)
    {
        Status = MessageStatus.Sent;
        Attempts++;
        SentAtUtc = nowUtc;
        LockedUntilUtc = null;
        LastError = null;
    }

    /// <summary>Retried later with back-off; after the policy's last attempt the message is failed for good.</summary>
    public void MarkAttemptFailed(string error, DateTime nowUtc, RetryPolicy retries)
    {
        Attempts++;
        LastError = RetryPolicy.Trim(error);
        LockedUntilUtc = null;
        if (retries.GivesUpAfter(Attempts))
        {
            Status = MessageStatus.Failed;
            return;
        }

        NextAttemptAtUtc = nowUtc + retries.DelayAfter(Attempts);
    }
}
