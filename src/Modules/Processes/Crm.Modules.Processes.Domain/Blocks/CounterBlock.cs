using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>What a counter block does with its counter (the <c>operation</c> of the JSON format).</summary>
public static class CounterOperations
{
    public const string Set = "set";
    public const string Increment = "increment";
    public const string Compare = "compare";
}

/// <summary>How a counter block compares its counter with its value (the <c>operator</c> of the JSON format).</summary>
public static class CounterOperators
{
    public const string Equal = "=";
    public const string NotEqual = "!=";
    public const string Less = "<";
    public const string LessOrEqual = "<=";
    public const string Greater = ">";
    public const string GreaterOrEqual = ">=";
}

/// <summary>
/// A number the instance keeps (calls made, days passed): set, incremented, or compared to branch; conditions read it
/// as <c>counter.name</c>.
/// </summary>
internal sealed class CounterBlock : BlockBehaviour
{
    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Counter];

    public override void Validate(BlockDefinition block, BlockCheck check)
    {
        if (string.IsNullOrWhiteSpace(block.Counter))
        {
            check.Problem("counter.name-missing", "A counter block names its counter.");
        }

        switch (block.Operation)
        {
            case CounterOperations.Set when block.Value is null:
                check.Problem("counter.value-missing", "Setting a counter needs a value.");
                break;
            case CounterOperations.Set or CounterOperations.Increment:
                check.RequireExit(BlockTypes.Next);
                break;
            case CounterOperations.Compare when block.Value is null || !IsOperator(block.Operator):
                check.Problem("counter.comparison-invalid", "Comparing a counter needs an operator (= != < <= > >=) and a value.");
                break;
            case CounterOperations.Compare:
                check.RequireExit(BlockTypes.True);
                check.RequireExit(BlockTypes.False);
                break;
            default:
                check.Problem("counter.operation-unknown", "A counter block sets, increments or compares.");
                break;
        }
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run)
    {
        if (block.Counter is null)
        {
            Missing(token, block, run, "counter");
            return;
        }

        var name = block.Counter.ToLowerInvariant();
        var current = run.Counters.GetValueOrDefault(name);
        switch (block.Operation, block.Value)
        {
            case (CounterOperations.Set, { } value):
                run.Counters[name] = value;
                run.Move(token, block, BlockTypes.Next, detail: $"{name} = {value}");
                break;
            case (CounterOperations.Increment, var step):
                run.Counters[name] = current + (step ?? 1);
                run.Move(token, block, BlockTypes.Next, detail: $"{name} = {run.Counters[name]}");
                break;
            case (CounterOperations.Compare, { } value) when IsOperator(block.Operator):
                var holds = Compare(current, block.Operator, value);
                run.Move(token, block, holds ? BlockTypes.True : BlockTypes.False, detail: $"{name} = {current} {block.Operator} {value}");
                break;
            default:
                Missing(token, block, run, "operation and value");
                break;
        }
    }

    private static bool IsOperator(string? op) => op is CounterOperators.Equal or CounterOperators.NotEqual or CounterOperators.Less
        or CounterOperators.LessOrEqual or CounterOperators.Greater or CounterOperators.GreaterOrEqual;

    private static bool Compare(decimal current, string? op, decimal value)
    {
        var order = current.CompareTo(value);
        return op switch
        {
            CounterOperators.Equal => order == 0,
            CounterOperators.NotEqual => order != 0,
            CounterOperators.Less => order < 0,
            CounterOperators.LessOrEqual => order <= 0,
            CounterOperators.Greater => order > 0,
            _ => order >= 0,
        };
    }
}
