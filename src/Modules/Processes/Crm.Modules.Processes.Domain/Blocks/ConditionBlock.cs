using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>Branches at once by whether a condition on the object's facts (and counters) holds.</summary>
internal sealed class ConditionBlock : BlockBehaviour
{
    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Condition];

    public override void Validate(BlockDefinition block, BlockCheck check)
    {
        check.RequireCondition("condition");
        check.RequireExit(BlockTypes.True);
        check.RequireExit(BlockTypes.False);
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run) =>
        run.Move(token, block, run.Holds(block) ? BlockTypes.True : BlockTypes.False);
}
