using Ardalis.Specification;
using Crm.Modules.Sales.Domain.CardTasks;
using Crm.Modules.Sales.Domain.Clients;

namespace Crm.Modules.Sales.Application.CardTasks;

public sealed class CardTaskByIdSpec : Specification<CardTask>
{
    public CardTaskByIdSpec(CardTaskId id) => Query.Where(t => t.Id == id).AsTracking();
}

/// <summary>The open tasks a card lists: the client's (its orders' included) or one order's; newest first.</summary>
public sealed class OpenCardTasksSpec : Specification<CardTask>
{
    public const int Limit = 100;

    public OpenCardTasksSpec(ClientId? clientId, Guid? orderId)
    {
        var open = CardTask.OpenStatuses.ToList();
        var client = clientId ?? default;
        Query.Where(t => open.Contains(t.Status))
            .Where(t => t.ClientId == client, clientId is not null)
            .Where(t => t.OrderId == orderId, orderId is not null)
            .OrderByDescending(t => t.Number)
            .Take(Limit);
    }
}
