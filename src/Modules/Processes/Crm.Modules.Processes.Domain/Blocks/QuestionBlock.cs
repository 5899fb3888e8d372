using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>Question (and call): a person is asked and picks one of the answers; an answer's code is its exit.</summary>
internal sealed class QuestionBlock : BlockBehaviour
{
    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Question, BlockTypes.Call];

    public override void Validate(BlockDefinition block, BlockCheck check)
    {
        if (string.IsNullOrWhiteSpace(block.Title))
        {
            check.Problem("human.title-missing", "Say what the person is asked (title).");
        }

        if (block.Answers is not { Count: > 0 } answers)
        {
            check.Problem("answers.missing", "A question or call offers at least one answer.");
            return;
        }

        foreach (var answer in answers)
        {
            check.RequireExit(answer.Code, $"The answer '{answer.Label}' has no exit.");
        }

        if (answers.GroupBy(a => a.Code, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            check.Problem("answers.duplicate", "Two answers share a code.");
        }

        PersonsTaskChecks.Validate(block, check, answers);
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run)
    {
        if (block.Answers is not { } answers)
        {
            Missing(token, block, run, "answers");
            return;
        }

        run.AskPerson(token, block, block.Type, answers);
    }
}
