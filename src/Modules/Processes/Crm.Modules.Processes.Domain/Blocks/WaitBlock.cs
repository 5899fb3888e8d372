using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>
/// Wait (and watch): the branch goes on by "holds" once a condition on the object's facts holds, re-checked whenever
/// new facts arrive; with a limit, by "limit" if the time runs out first.
/// </summary>
internal sealed class WaitBlock : BlockBehaviour
{
    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Wait, BlockTypes.Watch];

    public override void Validate(BlockDefinition block, BlockCheck check)
    {
        check.RequireCondition("condition waited for");
        check.RequireExit(BlockTypes.Holds);
        if (block.Limit is not null)
        {
            check.RequireExit(BlockTypes.LimitReached, "A wait with a limit needs an exit 'limit'.");
        }
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run)
    {
        if (run.Holds(block))
        {
            run.Move(token, block, BlockTypes.Holds);
            return;
        }

        if (block.Limit is { } limit)
        {
            run.Schedule(token, WaitKind.Facts, null, TimerPurpose.WaitLimit, Moments.Plus(run.Now, limit));
        }
        else
        {
            token.WaitFor(WaitKind.Facts);
        }
    }
}
