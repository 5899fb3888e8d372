using System.Linq.Expressions;

namespace Crm.BuildingBlocks.Application.Specifications;

public class SpecificationBuilder<T>(Specification<T> specification)
    where T : class
{
    public SpecificationBuilder<T> Where(Expression<Func<T, bool>> criteria)
    {
        specification.WhereExpressions.Add(criteria);
        return this;
    }

    /// <summary>Adds the criteria only when <paramref name="condition"/> holds: optional filters read as one chain.</summary>
    public SpecificationBuilder<T> Where(Expression<Func<T, bool>> criteria, bool condition) =>
        condition ? Where(criteria) : this;

    public SpecificationBuilder<T> OrderBy(Expression<Func<T, object?>> key) => AddOrder(key, OrderDirection.Ascending);

    public SpecificationBuilder<T> OrderByDescending(Expression<Func<T, object?>> key) => AddOrder(key, OrderDirection.Descending);

    public SpecificationBuilder<T> ThenBy(Expression<Func<T, object?>> key) => AddOrder(key, OrderDirection.Ascending);

    public SpecificationBuilder<T> ThenByDescending(Expression<Func<T, object?>> key) => AddOrder(key, OrderDirection.Descending);

    public SpecificationBuilder<T> Include(Expression<Func<T, object?>> navigation)
    {
        specification.IncludePaths.Add(MemberPath.Of(navigation));
        return this;
    }

    public SpecificationBuilder<T> Skip(int count)
    {
        specification.Skip = count;
        return this;
    }

    public SpecificationBuilder<T> Take(int count)
    {
        specification.Take = count;
        return this;
    }

    public SpecificationBuilder<T> AsTracking()
    {
        specification.AsTracking = true;
        return this;
    }

    public SpecificationBuilder<T> AsSingleQuery()
    {
        specification.AsSingleQuery = true;
        return this;
    }

    private SpecificationBuilder<T> AddOrder(Expression<Func<T, object?>> key, OrderDirection direction)
    {
        specification.OrderExpressions.Add(new OrderExpression<T>(key, direction));
        return this;
    }
}

public sealed class SpecificationBuilder<T, TResult>(Specification<T, TResult> specification)
    : SpecificationBuilder<T>(specification)
    where T : class
{
    public SpecificationBuilder<T, TResult> Select(Expression<Func<T, TResult>> selector)
    {
        specification.Selector = selector;
        return this;
    }
}

internal static class MemberPath
{
    public static string Of(LambdaExpression expression)
    {
        var parts = new Stack<string>();
        var body = expression.Body;
        while (true)
        {
            switch (body)
            {
                case UnaryExpression { NodeType: ExpressionType.Convert } unary:
                    body = unary.Operand;
                    continue;
                case MemberExpression member:
                    parts.Push(member.Member.Name);
                    body = member.Expression!;
                    continue;
                case ParameterExpression when parts.Count > 0:
                    return string.Join('.', parts);
                default:
                    throw new ArgumentException($"'{expression}' is not a navigation path.", nameof(expression));
            }
        }
    }
}
