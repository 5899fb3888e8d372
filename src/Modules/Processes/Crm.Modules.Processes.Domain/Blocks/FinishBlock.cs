using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>Ends the instance with an outcome: the other branches, timers and subprocesses stop with it.</summary>
internal sealed class FinishBlock : BlockBehaviour
{
    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Finish];

    public override void Validate(BlockDefinition block, BlockCheck check)
    {
        if (string.IsNullOrWhiteSpace(block.Outcome))
        {
            check.Problem("finish.outcome-missing", "A finish block says the outcome (positive, neutral, negative, or a subprocess outcome).");
        }
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run)
    {
        if (block.Outcome is not { } outcome)
        {
            Missing(token, block, run, "outcome");
            return;
        }

        token.Status = TokenStatus.Done;
        run.Trace(block, null, detail: $"Finished: {outcome}");
        run.End(outcome, cancelled: false, reason: null);
    }
}
