using System.Text.RegularExpressions;
using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>
/// What questions, calls and tasks share beyond their answers: conditions under which the task closes by itself
/// (<c>closesWhen</c>) and the moment it is due (<c>dueAt</c>).
/// </summary>
internal static partial class PersonsTaskChecks
{
    /// <summary><paramref name="answers"/>: the block's answers (or results), each with whether it asks for a moment.</summary>
    public static void Validate(BlockDefinition block, BlockCheck check, IReadOnlyList<AnswerDefinition> answers)
    {
        foreach (var closing in block.ClosesWhen ?? [])
        {
            check.RequireCondition(closing.Condition, "closing condition");
            var answer = answers.FirstOrDefault(a => string.Equals(a.Code, closing.Result, StringComparison.Ordinal));
            if (answer is null)
            {
                check.Problem("closes-when.result-unknown", $"The task closes by itself with '{closing.Result}', which is not one of its results.");
            }
            else if (answer.AsksForMoment)
            {
                check.Problem("closes-when.needs-a-person", $"The answer '{answer.Label}' asks for a moment, which only a person gives: it cannot close the task by itself.");
            }
            else
            {
                check.RequireExit(answer.Code, $"The result '{answer.Code}' the task closes by itself with has no exit.");
            }
        }

        if (block.DueAt is { } dueAt && dueAt != BlockTypes.AnswerMoment && !FactName().IsMatch(dueAt))
        {
            check.Problem("due-at.invalid", $"dueAt names a fact holding a moment (e.g. moment) or says '{BlockTypes.AnswerMoment}'; '{dueAt}' is neither.");
        }
    }

    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_.\-]*$")]
    private static partial Regex FactName();
}
