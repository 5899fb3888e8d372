using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>Splits the branch into several that run on independently (each its own token).</summary>
internal sealed class ForkBlock : BlockBehaviour
{
    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Fork];

    public override void Validate(BlockDefinition block, BlockCheck check)
    {
        if (block.Branches is not { Count: >= 2 })
        {
            check.Problem("fork.branches-missing", "A fork splits into at least two branches.");
        }
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run)
    {
        if (block.Branches is not { } branches)
        {
            Missing(token, block, run, "branches");
            return;
        }

        run.Trace(block, null, detail: $"Branches: {string.Join(", ", branches)}");
        token.Status = TokenStatus.Done;
        run.Branch(branches);
    }
}
