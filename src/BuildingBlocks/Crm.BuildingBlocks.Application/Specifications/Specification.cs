using System.Linq.Expressions;

namespace Crm.BuildingBlocks.Application.Specifications;

/// <summary>
/// A query as an object, shaped like Ardalis.Specification: a subclass describes it in its constructor through
/// <see cref="Query"/> (<c>Query.Where(..).OrderBy(..).Include(..).Skip(..).Take(..)</c>), and the persistence
/// layer's evaluator turns it into SQL. Swapping in the real package later means changing usings.
/// </summary>
public abstract class Specification<T>
    where T : class
{
    protected Specification() => Query = new SpecificationBuilder<T>(this);

    protected SpecificationBuilder<T> Query { get; }

    public List<Expression<Func<T, bool>>> WhereExpressions { get; } = [];

    public List<OrderExpression<T>> OrderExpressions { get; } = [];

    /// <summary>Navigation paths to load, as dotted member names (e.g. "Comments").</summary>
    public List<string> IncludePaths { get; } = [];

    public int? Skip { get; internal set; }

    public int? Take { get; internal set; }

    /// <summary>Reads default to no tracking; a specification used to load an aggregate for a change turns it on.</summary>
    public bool AsTracking { get; internal set; }

    /// <summary>
    /// Collections are read by one query each by default (no cartesian products); an aggregate with a single small
    /// collection turns this on to be read in one round trip.
    /// </summary>
    public bool AsSingleQuery { get; internal set; }
}

/// <summary>A specification that projects each row to <typeparamref name="TResult"/> in the database.</summary>
public abstract class Specification<T, TResult> : Specification<T>
    where T : class
{
    protected Specification() => Query = new SpecificationBuilder<T, TResult>(this);

    protected new SpecificationBuilder<T, TResult> Query { get; }

    public Expression<Func<T, TResult>>? Selector { get; internal set; }
}

public enum OrderDirection
{
    Ascending,
    Descending,
}

public sealed record OrderExpression<T>(Expression<Func<T, object?>> KeySelector, OrderDirection Direction);
