using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Domain.Blocks;

/// <summary>
/// Asks a module to do something on the object (send a message, set a status…) and waits for its report; a failure
/// is retried with back-off until the attempts run out (an incident). With "confirm", a manager first confirms the
/// start or skips the action (exit "skipped").
/// </summary>
internal sealed class ActionBlock : BlockBehaviour
{
    private static readonly IReadOnlyList<AnswerDefinition> ConfirmOrSkip =
        [new AnswerDefinition(BlockTypes.Confirmed, "Confirm"), new AnswerDefinition(BlockTypes.Skipped, "Skip")];

    public override IReadOnlyList<string> Types { get; } = [BlockTypes.Action];

    public override void Validate(BlockDefinition block, BlockCheck check)
    {
        if (string.IsNullOrWhiteSpace(block.Module) || string.IsNullOrWhiteSpace(block.Action))
        {
            check.Problem("action.missing", "An action block names the module and the action.");
        }
        else if (!check.Context.IsOffered(block.Module, block.Action, check.ObjectType))
        {
            check.Problem("action.not-offered", $"No module offers the action '{block.Module}/{block.Action}' on {check.ObjectType} objects.");
        }

        check.RequireExit(BlockTypes.Next);
        if (block.Confirm)
        {
            check.RequireExit(BlockTypes.Skipped, "An action the manager confirms needs an exit 'skipped'.");
        }
    }

    public override void Run(Token token, BlockDefinition block, ProcessInstance.Run run)
    {
        if (block.Confirm && !token.Confirmed)
        {
            run.AskPerson(token, block, HumanTaskKinds.ConfirmAction, ConfirmOrSkip);
            return;
        }

        if (block is not { Module: { } module, Action: { } action })
        {
            Missing(token, block, run, "module and action");
            return;
        }

        if (run.WaitsForWorkingHours(token, block))
        {
            return;
        }

        var requestId = Guid.NewGuid();
        token.Attempts++;
        run.Effects.Add(new RegisterRequest(requestId, token.Id, "action", block.Id));
        run.Schedule(token, WaitKind.Action, requestId, TimerPurpose.ActionTimeout, run.Now + run.Settings.ActionTimeout);
        var parameters = (block.Parameters ?? new Dictionary<string, string?>()).ToDictionary(p => p.Key, p => run.Resolve(p.Value));
        run.Raise(new ActionRequestedDomainEvent(run.Instance, requestId, module, action, parameters, run.Now));
        run.Trace(block, null, detail: $"Asked {module} to {action} (attempt {token.Attempts})");
    }

    /// <summary>The manager confirmed the action (it runs now) or skipped it.</summary>
    public override void Answer(Token token, BlockDefinition block, ProcessInstance.Run run, Answer answer)
    {
        var confirmed = answer.Code == BlockTypes.Confirmed;
        run.Trace(block, confirmed ? null : BlockTypes.Skipped, answer.Employee, answer.Comment, $"Answer: {answer.Code}");
        if (confirmed)
        {
            token.Status = TokenStatus.Active;
            token.Confirmed = true;
        }
        else
        {
            run.Move(token, block, BlockTypes.Skipped, record: false);
        }
    }

    /// <summary>An attempt failed (the module said so, or never answered): retry later, or an incident once attempts run out.</summary>
    public static void Fail(Token token, BlockDefinition block, ProcessInstance.Run run, string error)
    {
        token.LastError = error;
        if (token.Attempts >= run.Settings.ActionAttempts)
        {
            run.Incident(token, block, error);
            return;
        }

        var retryAt = run.Now + run.Settings.RetryDelayAfter(token.Attempts);
        run.Schedule(token, WaitKind.Timer, null, TimerPurpose.ActionRetry, retryAt);
        run.Trace(block, null, detail: $"Attempt {token.Attempts} failed: {error}; retries at {retryAt:O}");
    }
}
