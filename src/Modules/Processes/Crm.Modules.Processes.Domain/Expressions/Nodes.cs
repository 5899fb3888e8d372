namespace Crm.Modules.Processes.Domain.Expressions;

internal abstract record Node
{
    public abstract FactValue Evaluate(IFactSource facts);
}

internal sealed record Literal(FactValue Value) : Node
{
    public override FactValue Evaluate(IFactSource facts) => Value;
}

internal sealed record Name(string Identifier) : Node
{
    public override FactValue Evaluate(IFactSource facts) => facts.Get(Identifier);
}

internal sealed record Now : Node
{
    public override FactValue Evaluate(IFactSource facts) => FactValue.Of(facts.NowUtc);
}

internal sealed record Not(Node Operand) : Node
{
    public override FactValue Evaluate(IFactSource facts) => FactValue.Of(!IsTrue(Operand.Evaluate(facts)));

    internal static bool IsTrue(FactValue value) => value is { Kind: FactKind.Boolean, Boolean: true };
}

internal sealed record Logical(Node Left, Node Right, bool IsAnd) : Node
{
    public override FactValue Evaluate(IFactSource facts)
    {
        var left = Not.IsTrue(Left.Evaluate(facts));
        return FactValue.Of(IsAnd ? left && Not.IsTrue(Right.Evaluate(facts)) : left || Not.IsTrue(Right.Evaluate(facts)));
    }
}

internal sealed record NullCheck(Node Operand, bool Negated) : Node
{
    public override FactValue Evaluate(IFactSource facts) => FactValue.Of((Operand.Evaluate(facts).Kind == FactKind.Null) != Negated);
}

/// <summary>
/// Compares two values of one kind. A comparison with null, or across kinds, is false (never an error at run
/// time: facts arrive from other modules and may be missing). Text equality ignores case.
/// </summary>
internal sealed record Comparison(Node Left, string Operator, Node Right, int Position) : Node
{
    public override FactValue Evaluate(IFactSource facts)
    {
        var left = Left.Evaluate(facts);
        var right = Right.Evaluate(facts);
        if (left.Kind == FactKind.Null || right.Kind == FactKind.Null || !TryCompare(left, right, out var order))
        {
            return FactValue.Of(Operator == "!=" && left.Kind != right.Kind);
        }

        return FactValue.Of(Operator switch
        {
            "=" => order == 0,
            "!=" => order != 0,
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            _ => order >= 0,
        });
    }

    private static bool TryCompare(FactValue left, FactValue right, out int order)
    {
        order = 0;
        if (left.Kind == FactKind.Number && right.Kind == FactKind.Text && decimal.TryParse(right.Text, System.Globalization.CultureInfo.InvariantCulture, out var parsed))
        {
            right = FactValue.Of(parsed);
        }

        if (left.Kind != right.Kind)
        {
            return false;
        }

        order = left.Kind switch
        {
            FactKind.Number => left.Number.CompareTo(right.Number),
            FactKind.Moment => left.Moment.CompareTo(right.Moment),
            FactKind.Boolean => left.Boolean.CompareTo(right.Boolean),
            _ => string.Compare(left.Text, right.Text, StringComparison.OrdinalIgnoreCase),
        };
        return true;
    }
}
