using Crm.BuildingBlocks.Application.Specifications;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Turns a <see cref="Specification{T}"/> into an EF Core query: criteria, includes, ordering, paging, projection.</summary>
public static class SpecificationEvaluator
{
    public static IQueryable<T> Apply<T>(IQueryable<T> source, Specification<T> specification, bool forCount = false)
        where T : class
    {
        var query = specification.AsTracking ? source.AsTracking() : source.AsNoTracking();
        query = specification.WhereExpressions.Aggregate(query, (q, criteria) => q.Where(criteria));
        if (forCount)
        {
            return query;
        }

        query = specification.IncludePaths.Aggregate(query, (q, path) => q.Include(path));
        query = specification.AsSingleQuery ? query.AsSingleQuery() : query;
        query = ApplyOrdering(query, specification.OrderExpressions);
        if (specification.Skip is { } skip)
        {
            query = query.Skip(skip);
        }

        return specification.Take is { } take ? query.Take(take) : query;
    }

    public static IQueryable<TResult> Apply<T, TResult>(IQueryable<T> source, Specification<T, TResult> specification)
        where T : class =>
        Apply(source, (Specification<T>)specification).Select(
            specification.Selector ?? throw new InvalidOperationException($"{specification.GetType().Name} has no Select."));

    private static IQueryable<T> ApplyOrdering<T>(IQueryable<T> query, IReadOnlyList<OrderExpression<T>> orders)
    {
        IOrderedQueryable<T>? ordered = null;
        foreach (var order in orders)
        {
            ordered = (ordered, order.Direction) switch
            {
                (null, OrderDirection.Ascending) => query.OrderBy(order.KeySelector),
                (null, _) => query.OrderByDescending(order.KeySelector),
                ({ } sorted, OrderDirection.Ascending) => sorted.ThenBy(order.KeySelector),
                ({ } sorted, _) => sorted.ThenByDescending(order.KeySelector),
            };
        }

        return ordered ?? query;
    }
}
