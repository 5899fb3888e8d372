using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
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

internal sealed class ListOrdersValidator : AbstractValidator<ListOrdersQuery>
{
    public ListOrdersValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListOrdersQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(SalesCursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
        RuleForEach(q => q.Filter.Statuses).IsInEnum().OverridePropertyName("status");
    }
}

internal sealed class ListOrdersHandler(IReadRepository<Order> orders, IReadRepository<Client> clients)
    : IRequestHandler<ListOrdersQuery, KeysetPage<OrderSummaryDto>>
{
    public async Task<KeysetPage<OrderSummaryDto>> Handle(ListOrdersQuery query, CancellationToken cancellationToken)
    {
        var limit = query.Limit ?? ListOrdersQuery.DefaultLimit;
        var rows = await orders.ProjectToListAsync<OrderRow>(new OrderListSpec(query.Filter, SalesCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        var items = await clients.NamedAsync(page, cancellationToken);
        return new KeysetPage<OrderSummaryDto>(items, rows.Count > limit ? SalesCursor.Encode(page[^1].Number) : null);
    }
}
