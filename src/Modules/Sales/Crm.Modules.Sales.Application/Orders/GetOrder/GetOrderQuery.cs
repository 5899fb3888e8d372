using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.GetOrder;

/// <summary>An order's card with positions, payments and history.</summary>
public sealed record GetOrderQuery(Guid Id) : IQuery<OrderDto>;

internal sealed class GetOrderHandler(IReadRepository<Order> orders, IReadRepository<Client> clients, CardTasks.CardTaskReader cardTasks) : IRequestHandler<GetOrderQuery, OrderDto>
{
    public async Task<OrderDto> Handle(GetOrderQuery query, CancellationToken cancellationToken)
    {
        var order = await orders.GetAsync(query.Id, cancellationToken);
        var client = await clients.ProjectToFirstOrDefaultAsync<ClientName>(new ClientsByIdSpec([order.ClientId]), cancellationToken);
        return order.ToDto(client?.Name ?? string.Empty) with { OpenTasks = await cardTasks.OfOrderAsync(order.Id.Value, cancellationToken) };
    }
}
