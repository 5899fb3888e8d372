using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Sales.Domain.Messages;
using FluentValidation;
using MediatR;
using static Crm.Modules.Sales.Application.Common.SalesInput;

namespace Crm.Modules.Sales.Application.Messages.RecordReply;

public sealed record MessageReplyDto(Guid Id, Guid MessageId, string Text, DateTimeOffset ReceivedAt, Guid? RecordedBy);

/// <summary>
/// The client answered a message: recorded by the channel that received it or by a person who read it; when it came
/// (<paramref name="ReceivedAt"/>, now when left out) may not be in the future. Published to whoever asked for the message (ADR 0078).
/// </summary>
public sealed record RecordReplyCommand(Guid MessageId, string? Text, DateTimeOffset? ReceivedAt) : ICommand<MessageReplyDto>;

internal sealed class RecordReplyValidator : AbstractValidator<RecordReplyCommand>
{
    public RecordReplyValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(MessageReply.TextMaxLength);
}

internal sealed class RecordReplyHandler(IReadRepository<ClientMessage> messages, IRepository<MessageReply> replies, ICurrentEmployee me, TimeProvider clock)
    : IRequestHandler<RecordReplyCommand, MessageReplyDto>
{
    public async Task<MessageReplyDto> Handle(RecordReplyCommand command, CancellationToken cancellationToken)
    {
        var message = await messages.FirstOrNotFoundAsync(new MessageByIdSpec(new MessageId(command.MessageId)), "Message", command.MessageId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var receivedAt = command.ReceivedAt?.UtcDateTime ?? now;
        if (receivedAt > now)
        {
            throw new InvalidFieldException("receivedAt", "A reply cannot come from the future.");
        }

        var reply = MessageReply.Record(message, command.Text!, receivedAt, me.Id);
        replies.Add(reply);
        return reply.ToDto();
    }
}

internal static class MessageReplyMapping
{
    public static MessageReplyDto ToDto(this MessageReply r) => new(r.Id.Value, r.MessageId.Value, r.Text, Show(r.ReceivedAtUtc), r.RecordedBy);
}
