using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>Runs another process on the same object and goes on by the outcome it ends with.</summary>
internal sealed class SubprocessBlock : BlockBehaviour
{
    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Subprocess];

    public override void Validate(BlockDefinition block, BlockCheck check)
    {
        if (block.DefinitionId is not { } called)
        {
            check.Problem("subprocess.definition-missing", "A subprocess block names the definition it runs.");
            return;
        }

        if (called == check.Self || CallsBack(called, check.Self, check.Context, []))
        {
            check.Problem("subprocess.calls-itself", "This subprocess would end up calling the process itself.");
            return;
        }

        if (check.Context.FindSubprocess(called) is not { } info)
        {
            check.Problem("subprocess.unknown", $"There is no process definition {called}.");
            return;
        }

        foreach (var outcome in info.Outcomes)
        {
            check.RequireExit(outcome, $"The subprocess can end with '{outcome}', which has no exit.");
        }
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run)
    {
        if (block.DefinitionId is not { } called)
        {
            Missing(token, block, run, "definitionId");
            return;
        }

        var child = new ProcessInstanceId(Guid.NewGuid());
        run.Effects.Add(new StartSubprocess(token.Id, child, new ProcessDefinitionId(called)));
        token.WaitFor(WaitKind.Subprocess, child.Value);
        run.Trace(block, null, detail: $"Started subprocess {child.Value}");
    }

    private static bool CallsBack(Guid definition, Guid self, IDefinitionContext context, HashSet<Guid> seen) =>
        seen.Add(definition) && context.FindSubprocess(definition) is { } info &&
        info.Calls.Any(call => call == self || CallsBack(call, self, context, seen));
}
