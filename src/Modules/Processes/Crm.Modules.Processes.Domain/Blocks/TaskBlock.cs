using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>A task of a task type for a person; the results the process branches on are its exits.</summary>
internal sealed class TaskBlock : BlockBehaviour
{
    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Task];

    public override void Validate(BlockDefinition block, BlockCheck check)
    {
        if (block.TaskTypeId is null)
        {
            check.Problem("task.type-missing", "A task block names its task type.");
        }

        if (block.Results is not { Count: > 0 } results)
        {
            check.Problem("task.results-missing", "List the task type's results the process branches on.");
            return;
        }

        foreach (var result in results)
        {
            check.RequireExit(result, $"The result '{result}' has no exit.");
        }

        PersonsTaskChecks.Validate(block, check, Answers(results));
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run)
    {
        if (block.Results is not { } results)
        {
            Missing(token, block, run, "results");
            return;
        }

        run.AskPerson(token, block, HumanTaskKinds.Task, Answers(results));
    }

    private static List<AnswerDefinition> Answers(IReadOnlyList<string> results) => results.Select(r => new AnswerDefinition(r, r)).ToList();
}
