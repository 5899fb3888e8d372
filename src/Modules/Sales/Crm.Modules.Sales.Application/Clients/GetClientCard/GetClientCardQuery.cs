using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Application.Purchases;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Domain.Purchases;
using Crm.Modules.Sales.Application.Messages.RecordReply;
using MediatR;
using static Crm.Modules.Sales.Application.Common.SalesInput;

namespace Crm.Modules.Sales.Application.Clients.GetClientCard;

public sealed record ClientCommentDto(string Text, Guid AuthorId, DateTimeOffset At);

public sealed record ClientHistoryEntryDto(ClientHistoryKind Kind, string Text, Guid? EmployeeId, string? Source, DateTimeOffset At);

public sealed record ClientMessageDto(
    Guid Id, MessageChannel Channel, string Recipient, string? Subject, string Body, MessageStatus Status, int Attempts,
    DateTimeOffset CreatedAt, DateTimeOffset? SentAt, string? LastError, Guid? OrderId)
{
    /// <summary>What the client answered, oldest first (ADR 0078).</summary>
    public IReadOnlyList<Messages.RecordReply.MessageReplyDto> Replies { get; init; } = [];
}

/// <summary>The client's card (the seed's right-hand card): contacts, orders, purchases, comments, history, messages.</summary>
public sealed record ClientCardDto(
    Guid Id, long Number, string Name, string? Email, string? Phone, string? Telegram, string TimeZone, IReadOnlyList<string> Tags,
    DateTimeOffset RegisteredAt, DateTimeOffset? LastVisitAt, IReadOnlyList<OrderSummaryDto> Orders, IReadOnlyList<PurchaseDto> Purchases,
    IReadOnlyList<ClientCommentDto> Comments, IReadOnlyList<ClientHistoryEntryDto> History, IReadOnlyList<ClientMessageDto> Messages, int Version)
{
    /// <summary>The open tasks about the client and its orders (kept from Tasking's events).</summary>
    public IReadOnlyList<CardTasks.CardTaskDto> OpenTasks { get; init; } = [];
}

public sealed record GetClientCardQuery(Guid Id) : IQuery<ClientCardDto>;

public sealed class MessagesOfClientSpec : Specification<ClientMessage>
{
    public MessagesOfClientSpec(ClientId clientId) => Query.Where(m => m.ClientId == clientId).OrderByDescending(m => m.CreatedAtUtc).Take(200);
}

internal sealed class GetClientCardHandler(
    IReadRepository<Client> clients, IReadRepository<Order> orders, IReadRepository<Purchase> purchases,
    IReadRepository<ClientMessage> messages, IReadRepository<MessageReply> replies, TimeProvider clock, CardTasks.CardTaskReader cardTasks) : IRequestHandler<GetClientCardQuery, ClientCardDto>
{
    public async Task<ClientCardDto> Handle(GetClientCardQuery query, CancellationToken cancellationToken)
    {
        var client = await clients.FirstOrNotFoundAsync(new ClientByIdSpec(new ClientId(query.Id)), ClientLookup.What, query.Id, cancellationToken);
        var filter = new OrderFilter(Enum.GetValues<OrderStatus>(), null, null, client.Id.Value, null, null);
        var orderRows = await orders.ProjectToListAsync<OrderRow>(new OrderListSpec(filter, null, 200), cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return new ClientCardDto(
            client.Id.Value, client.Number, client.Name, client.Email, client.Phone, client.Telegram, client.TimeZoneId,
            client.Tags.Select(t => t.Name).Order(StringComparer.Ordinal).ToList(), Show(client.RegisteredAtUtc), Show(client.LastVisitAtUtc),
            orderRows.Select(r => r.ToDto(client.Name)).ToList(),
            (await purchases.ListAsync(new PurchasesOfClientSpec(client.Id), cancellationToken)).Select(p => p.ToDto(now)).ToList(),
            client.Comments.OrderBy(c => c.AtUtc).Select(c => new ClientCommentDto(c.Text, c.AuthorId, Show(c.AtUtc))).ToList(),
            client.History.OrderBy(h => h.AtUtc).Select(h => new ClientHistoryEntryDto(h.Kind, h.Text, h.EmployeeId, h.Source, Show(h.AtUtc))).ToList(),
            await MessagesAsync(client.Id, cancellationToken),
            client.Version)
        {
            OpenTasks = await cardTasks.OfClientAsync(client.Id, cancellationToken),
        };
    }

    private async Task<List<ClientMessageDto>> MessagesAsync(ClientId client, CancellationToken cancellationToken)
    {
        var list = await messages.ListAsync(new MessagesOfClientSpec(client), cancellationToken);
        var answers = list.Count == 0 ? [] : await replies.ListAsync(new Messages.RepliesToMessagesSpec(list.Select(m => m.Id).ToList()), cancellationToken);
        return list.Select(m => ToDto(m) with { Replies = answers.Where(r => r.MessageId == m.Id).Select(r => r.ToDto()).ToList() }).ToList();
    }

    private static ClientMessageDto ToDto(ClientMessage m) => new(
        m.Id.Value, m.Channel, m.Recipient, m.Subject, m.Body, m.Status, m.Attempts, Show(m.CreatedAtUtc), Show(m.SentAtUtc), m.LastError, m.OrderId);
}
