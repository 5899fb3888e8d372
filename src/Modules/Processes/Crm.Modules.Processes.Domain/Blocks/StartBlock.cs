using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>Where every instance begins: it only leads on.</summary>
internal sealed class StartBlock : BlockBehaviour
{
    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Start];

    public override void Validate(BlockDefinition block, BlockCheck check) => check.RequireExit(BlockTypes.Next);

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run) => run.Move(token, block, BlockTypes.Next);
}
