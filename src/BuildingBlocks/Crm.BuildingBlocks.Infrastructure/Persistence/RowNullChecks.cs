using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore.Query;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Takes Mapster's null checks out of a projection that EF Core runs. Mapster guards every member it reads
/// (<c>row != null ? new TaskId(row.Id.Value) : default(TaskId)</c>) because it also maps objects in memory; EF Core
/// refuses <c>default</c> of a typed id in a projection (it would keep the value alive as a constant) and turns the rest
/// into <c>CASE</c> expressions. A row read from the database is never null, and <c>x != null ? x : null</c> is x.
/// </summary>
internal sealed class RowNullChecks : ExpressionVisitor
{
    public static IQueryable<T> Remove<T>(IQueryable<T> query) => query.Provider.CreateQuery<T>(new RowNullChecks().Visit(query.Expression));

    protected override Expression VisitConditional(ConditionalExpression node)
    {
        var test = WithoutRowChecks(node.Test);
        var ifTrue = Visit(node.IfTrue);
        if (test is null || (IsNull(node.IfFalse) && ChecksForNull(test, ifTrue)))
        {
            return ifTrue;
        }

        return node.Update(Visit(test), ifTrue, Visit(node.IfFalse));
    }

    /// <summary>The test without its <c>row != null</c> parts; null when nothing else is left.</summary>
    private static Expression? WithoutRowChecks(Expression test) => test switch
    {
        BinaryExpression { NodeType: ExpressionType.NotEqual, Left: ParameterExpression, Right: ConstantExpression { Value: null } } => null,
        BinaryExpression { NodeType: ExpressionType.AndAlso } both => (WithoutRowChecks(both.Left), WithoutRowChecks(both.Right)) switch
        {
            (null, var right) => right,
            (var left, null) => left,
            (var left, var right) => Expression.AndAlso(left, right),
        },
        _ => test,
    };

    /// <summary>
    /// <c>x != null</c>, or <c>!(x == null)</c> as Mapster writes it for a value object mapped as itself (ADR 0061).
    /// </summary>
    private static bool ChecksForNull(Expression test, Expression value) => test switch
    {
        BinaryExpression { NodeType: ExpressionType.NotEqual, Right: ConstantExpression { Value: null } } check =>
            ExpressionEqualityComparer.Instance.Equals(check.Left, value),
        UnaryExpression { NodeType: ExpressionType.Not, Operand: BinaryExpression { NodeType: ExpressionType.Equal, Right: ConstantExpression { Value: null } } check } =>
            ExpressionEqualityComparer.Instance.Equals(check.Left, value),
        _ => false,
    };

    private static bool IsNull(Expression expression) =>
        expression is DefaultExpression || expression is ConstantExpression { Value: null };
}
