using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>A type no behaviour serves (the validator reports it): a token that reaches one stops with an incident.</summary>
internal sealed class UnknownBlock : BlockBehaviour
{
    public static readonly UnknownBlock Instance = new();

    public override IReadOnlyList<string> Types { get; } = [];

    /// <summary>Nothing beyond "block.unknown-type", which the validator reports while it indexes the blocks.</summary>
    public override void Validate(BlockDefinition block, BlockCheck check)
    {
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run) =>
        run.Incident(token, block, $"Unknown block type '{block.Type}'.");

    public override void Answer(Token token, BlockDefinition block, ProcessInstance.Run run, Answer answer) => Run(token, block, run);
}
