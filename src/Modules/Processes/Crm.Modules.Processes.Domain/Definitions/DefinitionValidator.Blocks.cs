namespace Crm.Modules.Processes.Domain.Definitions;

public static partial class DefinitionValidator
{
    private static void ValidateBlock(BlockDefinition block, string objectType, Guid self, IDefinitionContext context, List<DefinitionProblem> problems)
    {
        switch (block.Type)
        {
            case BlockTypes.Start:
                RequireExit(block, BlockTypes.Next, problems);
                break;
            case BlockTypes.Fork:
                if (block.Branches is not { Count: >= 2 })
                {
                    problems.Add(new("fork.branches-missing", "A fork splits into at least two branches.", block.Id));
                }

                break;
            case BlockTypes.Wait or BlockTypes.Watch:
                CheckCondition(block.Condition, block, "condition waited for", problems, required: true);
                RequireExit(block, BlockTypes.Holds, problems);
                if (block.Limit is not null)
                {
                    RequireExit(block, BlockTypes.LimitReached, problems, "A wait with a limit needs an exit 'limit'.");
                }

                break;
            case BlockTypes.Delay:
                if (block.Duration is null && block.Until != BlockTypes.AnswerMoment)
                {
                    problems.Add(new("delay.duration-missing", "A delay needs a duration, or until = 'answer-moment'.", block.Id));
                }

                RequireExit(block, BlockTypes.Next, problems);
                break;
            case BlockTypes.Condition:
                CheckCondition(block.Condition, block, "condition", problems, required: true);
                RequireExit(block, BlockTypes.True, problems);
                RequireExit(block, BlockTypes.False, problems);
                break;
            case BlockTypes.Question or BlockTypes.Call:
                ValidateAnswers(block, problems);
                break;
            case BlockTypes.Task:
                ValidateTask(block, problems);
                break;
            case BlockTypes.Action:
                ValidateAction(block, objectType, context, problems);
                break;
            case BlockTypes.Counter:
                ValidateCounter(block, problems);
                break;
            case BlockTypes.Subprocess:
                ValidateSubprocess(block, self, context, problems);
                break;
            case BlockTypes.Finish:
                if (string.IsNullOrWhiteSpace(block.Outcome))
                {
                    problems.Add(new("finish.outcome-missing", "A finish block says the outcome (positive, neutral, negative, or a subprocess outcome).", block.Id));
                }

                break;
        }
    }

    private static void ValidateAnswers(BlockDefinition block, List<DefinitionProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(block.Title))
        {
            problems.Add(new("human.title-missing", "Say what the person is asked (title).", block.Id));
        }

        if (block.Answers is not { Count: > 0 })
        {
            problems.Add(new("answers.missing", "A question or call offers at least one answer.", block.Id));
            return;
        }

        foreach (var answer in block.Answers)
        {
            RequireExit(block, answer.Code, problems, $"The answer '{answer.Label}' has no exit.");
        }

        if (block.Answers.GroupBy(a => a.Code, StringComparer.OrdinalIgnoreCase).Any(g => g.Count() > 1))
        {
            problems.Add(new("answers.duplicate", "Two answers share a code.", block.Id));
        }
    }

    private static void ValidateTask(BlockDefinition block, List<DefinitionProblem> problems)
    {
        if (block.TaskTypeId is null)
        {
            problems.Add(new("task.type-missing", "A task block names its task type.", block.Id));
        }

        if (block.Results is not { Count: > 0 })
        {
            problems.Add(new("task.results-missing", "List the task type's results the process branches on.", block.Id));
            return;
        }

        foreach (var result in block.Results)
        {
            RequireExit(block, result, problems, $"The result '{result}' has no exit.");
        }
    }

    private static void ValidateAction(BlockDefinition block, string objectType, IDefinitionContext context, List<DefinitionProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(block.Module) || string.IsNullOrWhiteSpace(block.Action))
        {
            problems.Add(new("action.missing", "An action block names the module and the action.", block.Id));
        }
        else if (!context.IsOffered(block.Module, block.Action, objectType))
        {
            problems.Add(new("action.not-offered", $"No module offers the action '{block.Module}/{block.Action}' on {objectType} objects.", block.Id));
        }

        RequireExit(block, BlockTypes.Next, problems);
        if (block.Confirm)
        {
            RequireExit(block, BlockTypes.Skipped, problems, "An action the manager confirms needs an exit 'skipped'.");
        }
    }

    private static void ValidateCounter(BlockDefinition block, List<DefinitionProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(block.Counter))
        {
            problems.Add(new("counter.name-missing", "A counter block names its counter.", block.Id));
        }

        switch (block.Operation)
        {
            case "set" when block.Value is null:
                problems.Add(new("counter.value-missing", "Setting a counter needs a value.", block.Id));
                break;
            case "set" or "increment":
                RequireExit(block, BlockTypes.Next, problems);
                break;
            case "compare" when block.Value is null || block.Operator is not ("=" or "!=" or "<" or "<=" or ">" or ">="):
                problems.Add(new("counter.comparison-invalid", "Comparing a counter needs an operator (= != < <= > >=) and a value.", block.Id));
                break;
            case "compare":
                RequireExit(block, BlockTypes.True, problems);
                RequireExit(block, BlockTypes.False, problems);
                break;
            default:
                problems.Add(new("counter.operation-unknown", "A counter block sets, increments or compares.", block.Id));
                break;
        }
    }

    private static void ValidateSubprocess(BlockDefinition block, Guid self, IDefinitionContext context, List<DefinitionProblem> problems)
    {
        if (block.DefinitionId is not { } called)
        {
            problems.Add(new("subprocess.definition-missing", "A subprocess block names the definition it runs.", block.Id));
            return;
        }

        if (called == self || CallsBack(called, self, context, []))
        {
            problems.Add(new("subprocess.calls-itself", "This subprocess would end up calling the process itself.", block.Id));
            return;
        }

        if (context.FindSubprocess(called) is not { } info)
        {
            problems.Add(new("subprocess.unknown", $"There is no process definition {called}.", block.Id));
            return;
        }

        foreach (var outcome in info.Outcomes)
        {
            RequireExit(block, outcome, problems, $"The subprocess can end with '{outcome}', which has no exit.");
        }
    }

    private static bool CallsBack(Guid definition, Guid self, IDefinitionContext context, HashSet<Guid> seen) =>
        seen.Add(definition) && context.FindSubprocess(definition) is { } info &&
        info.Calls.Any(call => call == self || CallsBack(call, self, context, seen));
}
