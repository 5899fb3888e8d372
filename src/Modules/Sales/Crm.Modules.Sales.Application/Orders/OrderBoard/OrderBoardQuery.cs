using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.OrderBoard;

/// <summary>The board: one column per status (no duplicates), each with its count and newest orders.</summary>
public sealed record OrderBoardQuery(OrderFilter Filter, int? PerStatus) : IQuery<IReadOnlyList<OrderBoardColumnDto>>;

public sealed record OrderBoardColumnDto(OrderStatus Status, int Count, IReadOnlyList<OrderSummaryDto> Orders);

internal sealed class OrderBoardValidator : AbstractValidator<OrderBoardQuery>
{
    public OrderBoardValidator()
    {
        RuleFor(q => q.PerStatus).InclusiveBetween(1, 100);
        RuleForEach(q => q.Filter.Statuses).IsInEnum().OverridePropertyName("status"); // ?status=-1 is a 400, not a column nobody can name
    }
}

internal sealed class OrderBoardHandler(IReadRepository<Order> orders, IReadRepository<Client> clients)
    : IRequestHandler<OrderBoardQuery, IReadOnlyList<OrderBoardColumnDto>>
{
    public async Task<IReadOnlyList<OrderBoardColumnDto>> Handle(OrderBoardQuery query, CancellationToken cancellationToken)
    {
        var columns = new List<OrderBoardColumnDto>();
        var statuses = query.Filter.Statuses is { Count: > 0 } chosen ? chosen.Where(s => s != OrderStatus.False) : OrderStatuses.Visible;
        foreach (var status in statuses.Distinct())
        {
            var filter = query.Filter with { Statuses = [status] };
            var count = await orders.CountAsync(new OrderCountSpec(filter), cancellationToken);
            var rows = count == 0 ? [] : await orders.ProjectToListAsync<OrderRow>(new OrderListSpec(filter, null, query.PerStatus ?? 20), cancellationToken);
            columns.Add(new OrderBoardColumnDto(status, count, await clients.NamedAsync(rows, cancellationToken)));
        }

        return columns;
    }
}
