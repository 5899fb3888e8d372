using Ardalis.Specification;
using Crm.Modules.Sales.Domain.Messages;

namespace Crm.Modules.Sales.Application.Messages;

public sealed class MessageByRequestSpec : Specification<ClientMessage>
{
    public MessageByRequestSpec(Guid requestId) => Query.Where(m => m.RequestId == requestId);
}

public sealed class MessageByIdSpec : Specification<ClientMessage>
{
    public MessageByIdSpec(MessageId id) => Query.Where(m => m.Id == id);
}

public sealed class RepliesToMessagesSpec : Specification<MessageReply>
{
    public RepliesToMessagesSpec(IReadOnlyCollection<MessageId> messages) =>
        Query.Where(r => messages.Contains(r.MessageId)).OrderBy(r => r.ReceivedAtUtc);
}
