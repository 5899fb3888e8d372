using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Specifications;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Turns an Ardalis <see cref="ISpecification{T}"/> into an EF Core query, shaped like the SpecificationEvaluator of
/// Ardalis.Specification.EntityFrameworkCore, which the mirror does not serve (ADR 0060): the same evaluators in the
/// same order (criteria, includes, ordering, paging, then EF's switches), Ardalis's own for the LINQ-only steps.
/// One difference: a read does not track unless the specification says <c>AsTracking()</c>.
/// </summary>
public sealed class SpecificationEvaluator : ISpecificationEvaluator
{
    private static readonly IEvaluator[] Evaluators =
    [
        WhereEvaluator.Instance,
        IncludeEvaluator.Instance,
        OrderEvaluator.Instance,
        PaginationEvaluator.Instance,
        QueryOptionsEvaluator.Instance,
    ];

    public static SpecificationEvaluator Default { get; } = new();

    public IQueryable<TResult> GetQuery<T, TResult>(IQueryable<T> inputQuery, ISpecification<T, TResult> specification)
        where T : class
    {
        if (specification.SelectorMany is not null)
        {
            throw new NotSupportedException($"{specification.GetType().Name}: SelectMany is not supported by this evaluator.");
        }

        return GetQuery(inputQuery, (ISpecification<T>)specification).Select(
            specification.Selector ?? throw new InvalidOperationException($"{specification.GetType().Name} has no Select."));
    }

    /// <summary>With <paramref name="evaluateCriteriaOnly"/> only the criteria apply: what counting needs.</summary>
    public IQueryable<T> GetQuery<T>(IQueryable<T> inputQuery, ISpecification<T> specification, bool evaluateCriteriaOnly = false)
        where T : class
    {
        RefuseUnsupported(specification);
        return Evaluators.Where(e => !evaluateCriteriaOnly || e.IsCriteriaEvaluator).Aggregate(inputQuery, (query, e) => e.GetQuery(query, specification));
    }

    /// <summary>What this evaluator leaves out fails loudly instead of being ignored.</summary>
    private static void RefuseUnsupported<T>(ISpecification<T> specification)
    {
        if (specification.SearchCriterias.Any() || specification.QueryTags.Any() || specification.IgnoreAutoIncludes)
        {
            throw new NotSupportedException($"{specification.GetType().Name}: Search, TagWith and IgnoreAutoIncludes are not supported by this evaluator.");
        }
    }

    /// <summary>Tracking (off unless asked), identity resolution, query filters, and single or split queries.</summary>
    private sealed class QueryOptionsEvaluator : IEvaluator
    {
        public static QueryOptionsEvaluator Instance { get; } = new();

        public bool IsCriteriaEvaluator => false;

        public IQueryable<T> GetQuery<T>(IQueryable<T> query, ISpecification<T> specification)
            where T : class
        {
            query = specification.AsTracking ? query.AsTracking()
                : specification.AsNoTrackingWithIdentityResolution ? query.AsNoTrackingWithIdentityResolution()
                : query.AsNoTracking();
            query = specification.IgnoreQueryFilters ? query.IgnoreQueryFilters() : query;
            if (specification.AsSplitQuery)
            {
                return query.AsSplitQuery();
            }

            return specification.Items.ContainsKey(SpecificationOptions.SingleQueryItem) ? query.AsSingleQuery() : query;
        }
    }
}
