using System.Linq.Expressions;

namespace Crm.Modules.Tasking.Application.Common;

/// <summary>Joins query predicates into one the database evaluates (no Invoke, which providers may not translate).</summary>
public static class Predicates
{
    public static Expression<Func<T, bool>> Or<T>(this Expression<Func<T, bool>> left, Expression<Func<T, bool>> right) =>
        Expression.Lambda<Func<T, bool>>(
            Expression.OrElse(left.Body, new Rebind(right.Parameters[0], left.Parameters[0]).Visit(right.Body)), left.Parameters);

    /// <summary>A test on a value of the row, as a predicate on the row: <c>t => t.DueAtUtc</c> with <c>m => m &lt; x</c>.</summary>
    public static Expression<Func<T, bool>> Satisfies<T, TValue>(this Expression<Func<T, TValue>> value, Expression<Func<TValue, bool>> test) =>
        Expression.Lambda<Func<T, bool>>(new Rebind(test.Parameters[0], value.Body).Visit(test.Body), value.Parameters);

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
