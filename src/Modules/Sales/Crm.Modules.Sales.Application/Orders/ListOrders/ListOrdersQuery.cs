using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Application.Common;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Sales.Application.Orders.ListOrders;

/// <summary>The order list, newest first, a page at a time. Duplicates ("False") only when that status is asked for.</summary>
public sealed record ListOrdersQuery(OrderFilter Filter, string? Cursor, int? Limit) : IQuery<KeysetPage<OrderSummaryDto>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

/// <summary>The board: one column per status (no duplicates), each with its count and newest orders.</summary>
public sealed record OrderBoardQuery(OrderFilter Filter, int? PerStatus) : IQuery<IReadOnlyList<OrderBoardColumnDto>>;

public sealed record OrderBoardColumnDto(OrderStatus Status, int Count, IReadOnlyList<OrderSummaryDto> Orders);

internal sealed class ListOrdersValidator : AbstractValidator<ListOrdersQuery>
{
    public ListOrdersValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListOrdersQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(SalesCursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
        RuleForEach(q => q.Filter.Statuses).IsInEnum().OverridePropertyName("status");
    }
}

internal sealed class OrderBoardValidator : AbstractValidator<OrderBoardQuery>
{
    public OrderBoardValidator()
    {
        RuleFor(q => q.PerStatus).InclusiveBetween(1, 100);
        RuleForEach(q => q.Filter.Statuses).IsInEnum().OverridePropertyName("status"); // ?status=-1 is a 400, not a column nobody can name
    }
}

internal sealed class ListOrdersHandler(IReadRepository<Order> orders, IReadRepository<Client> clients)
    : IRequestHandler<ListOrdersQuery, KeysetPage<OrderSummaryDto>>, IRequestHandler<OrderBoardQuery, IReadOnlyList<OrderBoardColumnDto>>
{
    public async Task<KeysetPage<OrderSummaryDto>> Handle(ListOrdersQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? ListOrdersQuery.DefaultLimit;
        var rows = await orders.ProjectToListAsync<OrderRow>(new OrderListSpec(query.Filter, SalesCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        var items = await NameAsync(page, cancellationToken);
        return new KeysetPage<OrderSummaryDto>(items, rows.Count > limit ? SalesCursor.Encode(page[^1].Number) : null);
    }

    public async Task<IReadOnlyList<OrderBoardColumnDto>> Handle(OrderBoardQuery query, CancellationToken cancellationToken)
    {
        var columns = new List<OrderBoardColumnDto>();
        var statuses = query.Filter.Statuses is { Count: > 0 } chosen ? chosen.Where(s => s != OrderStatus.False) : OrderStatuses.Visible;
        foreach (var status in statuses.Distinct())
        {
            var filter = query.Filter with { Statuses = [status] };
            var count = await orders.CountAsync(new OrderCountSpec(filter), cancellationToken);
            var rows = count == 0 ? [] : await orders.ProjectToListAsync<OrderRow>(new OrderListSpec(filter, null, query.PerStatus ?? 20), cancellationToken);
            columns.Add(new OrderBoardColumnDto(status, count, await NameAsync(rows, cancellationToken)));
        }

        return columns;
    }

    private async Task<List<OrderSummaryDto>> NameAsync(List<OrderRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.ClientId).Distinct().ToList();
        var names = ids.Count == 0 ? [] : (await clients.ProjectToListAsync<ClientName>(new ClientsByIdSpec(ids), cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        return rows.Select(r => r.ToDto(names.GetValueOrDefault(r.ClientId))).ToList();
    }
}
