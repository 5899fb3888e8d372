using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Domain.Instances;

public sealed partial class ProcessInstance
{
    /// <summary>
    /// One trigger's worth of execution: runs every active token until it waits or ends, re-checking waits on
    /// facts, and collects the effects for the runner. Each block's behaviour is here, in one place.
    /// </summary>
    private sealed class Run(ProcessInstance instance, ProcessGraph graph, EngineContext context)
    {
        private int _steps;

        public List<EngineEffect> Effects { get; } = [];

        private DateTime Now => context.NowUtc;

        private InstanceFacts Facts => new(context, instance._counters);

        public IReadOnlyList<EngineEffect> Continue()
        {
            while (instance.State == InstanceState.Running && NextToken() is { } token)
            {
                if (++_steps > context.Settings.MaxStepsPerTrigger)
                {
                    Incident(token, graph.Block(token.BlockId), $"More than {context.Settings.MaxStepsPerTrigger} steps without waiting: the process loops.");
                    break;
                }

                Execute(token, graph.Block(token.BlockId));
            }

            instance.WaitsForFacts = instance.State == InstanceState.Running && instance._tokens.Any(t => t.Status == TokenStatus.Waiting && t.Wait == WaitKind.Facts);
            instance._tokens.RemoveAll(t => t.Status is TokenStatus.Done or TokenStatus.Cancelled);
            return Effects;
        }

        private Token? NextToken() =>
            instance._tokens.FirstOrDefault(t => t.Status == TokenStatus.Active) ?? WokenByFacts();

        /// <summary>A token waiting for a condition whose facts now hold leaves by "holds".</summary>
        private Token? WokenByFacts()
        {
            foreach (var token in instance._tokens.Where(t => t.Status == TokenStatus.Waiting && t.Wait == WaitKind.Facts))
            {
                var block = graph.Block(token.BlockId);
                if (graph.ConditionOf(block).Holds(Facts))
                {
                    if (token.TimerId is { } limit)
                    {
                        Effects.Add(new CancelTimer(limit));
                    }

                    Move(token, block, BlockTypes.Holds);
                    return token;
                }
            }

            return null;
        }

        private void Execute(Token token, BlockDefinition block)
        {
            switch (block.Type)
            {
                case BlockTypes.Start:
                    Move(token, block, BlockTypes.Next);
                    break;
                case BlockTypes.Fork:
                    Trace(block, null, detail: $"Branches: {string.Join(", ", block.Branches!)}");
                    token.Status = TokenStatus.Done;
                    instance._tokens.AddRange(block.Branches!.Select(Token.At));
                    break;
                case BlockTypes.Condition:
                    Move(token, block, graph.ConditionOf(block).Holds(Facts) ? BlockTypes.True : BlockTypes.False);
                    break;
                case BlockTypes.Counter:
                    Count(token, block);
                    break;
                case BlockTypes.Delay:
                    Delay(token, block);
                    break;
                case BlockTypes.Wait or BlockTypes.Watch:
                    Wait(token, block);
                    break;
                case BlockTypes.Question or BlockTypes.Call or BlockTypes.Task:
                    AskPerson(token, block, block.Type);
                    break;
                case BlockTypes.Action:
                    Act(token, block);
                    break;
                case BlockTypes.Subprocess:
                    var child = new ProcessInstanceId(Guid.NewGuid());
                    Effects.Add(new StartSubprocess(token.Id, child, new ProcessDefinitionId(block.DefinitionId!.Value)));
                    token.WaitFor(WaitKind.Subprocess, child.Value);
                    Trace(block, null, detail: $"Started subprocess {child.Value}");
                    break;
                case BlockTypes.Finish:
                    token.Status = TokenStatus.Done;
                    Trace(block, null, detail: $"Finished: {block.Outcome}");
                    End(block.Outcome!, cancelled: false, reason: null);
                    break;
                default:
                    Incident(token, block, $"Unknown block type '{block.Type}'.");
                    break;
            }
        }

        private void Count(Token token, BlockDefinition block)
        {
            var name = block.Counter!.ToLowerInvariant();
            var current = instance._counters.GetValueOrDefault(name);
            switch (block.Operation)
            {
                case "set":
                    instance._counters[name] = block.Value!.Value;
                    Move(token, block, BlockTypes.Next, detail: $"{name} = {block.Value}");
                    break;
                case "increment":
                    instance._counters[name] = current + (block.Value ?? 1);
                    Move(token, block, BlockTypes.Next, detail: $"{name} = {instance._counters[name]}");
                    break;
                default:
                    var order = current.CompareTo(block.Value!.Value);
                    var holds = block.Operator switch
                    {
                        "=" => order == 0,
                        "!=" => order != 0,
                        "<" => order < 0,
                        "<=" => order <= 0,
                        ">" => order > 0,
                        _ => order >= 0,
                    };
                    Move(token, block, holds ? BlockTypes.True : BlockTypes.False, detail: $"{name} = {current} {block.Operator} {block.Value}");
                    break;
            }
        }

        private void Delay(Token token, BlockDefinition block)
        {
            var due = block.Duration is { } duration ? Moments.Plus(Now, duration) : instance.LastAnswerMomentUtc ?? Now;
            if (due <= Now)
            {
                Move(token, block, BlockTypes.Next, detail: "No time left to wait");
                return;
            }

            Schedule(token, WaitKind.Timer, null, TimerPurpose.Delay, due);
            Trace(block, null, detail: $"Waits until {due:O}");
        }

        private void Wait(Token token, BlockDefinition block)
        {
            if (graph.ConditionOf(block).Holds(Facts))
            {
                Move(token, block, BlockTypes.Holds);
                return;
            }

            if (block.Limit is { } limit)
            {
                Schedule(token, WaitKind.Facts, null, TimerPurpose.WaitLimit, Moments.Plus(Now, limit));
            }
            else
            {
                token.WaitFor(WaitKind.Facts);
            }
        }

        private void AskPerson(Token token, BlockDefinition block, string kind)
        {
            if (WaitsForWorkingHours(token, block))
            {
                return;
            }

            var answers = kind switch
            {
                HumanTaskKinds.Task => block.Results!.Select(r => new AnswerDefinition(r, r)).ToList(),
                HumanTaskKinds.ConfirmAction =>
                    [new AnswerDefinition(BlockTypes.Confirmed, "Confirm"), new AnswerDefinition(BlockTypes.Skipped, "Skip")],
                _ => block.Answers!.ToList(),
            };
            var requestId = Guid.NewGuid();
            Effects.Add(new RegisterRequest(requestId, token.Id, "task", block.Id));
            token.WaitFor(WaitKind.Task, requestId);
            var reaction = block.NormalReactionTime ?? graph.Document.NormalReactionTime;
            var title = block.Title ?? (block.Action is null ? block.Id : $"Confirm: {block.Module}/{block.Action}");
            instance.Raise(new HumanTaskRequestedDomainEvent(instance, requestId, block, kind, title, answers, graph.Document, reaction is { } r ? Moments.Plus(Now, r) : null, Now));
            Trace(block, null, detail: $"Asked: {title}");
        }

        private void Act(Token token, BlockDefinition block)
        {
            if (block.Confirm && !token.Confirmed)
            {
                AskPerson(token, block, HumanTaskKinds.ConfirmAction);
                return;
            }

            if (WaitsForWorkingHours(token, block))
            {
                return;
            }

            var requestId = Guid.NewGuid();
            token.Attempts++;
            Effects.Add(new RegisterRequest(requestId, token.Id, "action", block.Id));
            Schedule(token, WaitKind.Action, requestId, TimerPurpose.ActionTimeout, Now + context.Settings.ActionTimeout);
            var parameters = (block.Parameters ?? new Dictionary<string, string?>()).ToDictionary(p => p.Key, p => Resolve(p.Value));
            instance.Raise(new ActionRequestedDomainEvent(instance, requestId, block.Module!, block.Action!, parameters, Now));
            Trace(block, null, detail: $"Asked {block.Module} to {block.Action} (attempt {token.Attempts})");
        }

        /// <summary>"{client.email}" in a parameter becomes the object's fact.</summary>
        private string? Resolve(string? value) =>
            value is ['{', .. var name, '}'] ? Facts.Get(name) is { Kind: not Expressions.FactKind.Null } fact ? fact.Text ?? fact.ToString() : null : value;

        private bool WaitsForWorkingHours(Token token, BlockDefinition block)
        {
            if (graph.Document.Schedule.NextOpening(Now) is not { } opens)
            {
                return false;
            }

            Schedule(token, WaitKind.Timer, null, TimerPurpose.Schedule, opens);
            Trace(block, null, detail: $"Outside working hours: waits until {opens:O}");
            return true;
        }

        public void FailAction(Token token, BlockDefinition block, string error)
        {
            token.LastError = error;
            if (token.Attempts >= context.Settings.ActionAttempts)
            {
                Incident(token, block, error);
                return;
            }

            var retryAt = Now + context.Settings.RetryDelayAfter(token.Attempts);
            Schedule(token, WaitKind.Timer, null, TimerPurpose.ActionRetry, retryAt);
            Trace(block, null, detail: $"Attempt {token.Attempts} failed: {error}; retries at {retryAt:O}");
        }

        public void Incident(Token token, BlockDefinition block, string error)
        {
            token.Status = TokenStatus.Failed;
            token.Wait = WaitKind.None;
            token.LastError = error;
            instance.IncidentError = $"{block.Id}: {error}";
            instance.IncidentAtUtc = Now;
            Trace(block, null, detail: $"Incident: {error}");
            Effects.Add(new IncidentRaised(block.Id, error));
        }

        private void Schedule(Token token, WaitKind wait, Guid? reference, TimerPurpose purpose, DateTime dueAtUtc)
        {
            var timer = Guid.NewGuid();
            Effects.Add(new ScheduleTimer(timer, token.Id, purpose, dueAtUtc));
            token.WaitFor(wait, reference, timer);
        }

        public void Move(Token token, BlockDefinition block, string exit, Guid? employee = null, string? comment = null, string? detail = null, bool record = true)
        {
            if (block.Exits is null || !block.Exits.TryGetValue(exit, out var target))
            {
                Incident(token, block, $"The block has no exit '{exit}'.");
                return;
            }

            if (record)
            {
                Trace(block, exit, employee, comment, detail);
            }

            token.MoveTo(target);
        }

        public void Trace(BlockDefinition block, string? exit, Guid? employee = null, string? comment = null, string? detail = null) =>
            instance._trace.Add(new TraceEntry(instance.Id, ++instance.StepCount, Now, block.Id, block.Type, exit, employee, comment, detail));

        /// <summary>Ends the instance: other branches, timers and subprocesses stop; open tasks close on the event.</summary>
        public void End(string outcome, bool cancelled, string? reason)
        {
            // Every timer row of an instance is named by one of its tokens until it fires or is cancelled (a stale
            // row left by a crash fires once and finds the instance ended), so without such a token there is
            // nothing to delete and the store is not asked.
            var holdsTimers = instance._tokens.Any(t => t.TimerId is not null);
            // A token leaves a task's wait only by its answer, its withdrawal or this end, so these are the only
            // requests whose tasks may still be open: the event names them, and an empty list spares Tasking a look.
            var openTaskRequests = instance._tokens
                .Where(t => t is { Status: TokenStatus.Waiting, Wait: WaitKind.Task, WaitRef: not null })
                .Select(t => t.WaitRef!.Value)
                .ToList();
            foreach (var token in instance._tokens.Where(t => t.IsLive))
            {
                if (token is { Status: TokenStatus.Waiting, Wait: WaitKind.Subprocess, WaitRef: { } child })
                {
                    Effects.Add(new CancelSubprocess(new ProcessInstanceId(child)));
                }

                token.Status = TokenStatus.Cancelled;
            }

            if (holdsTimers)
            {
                Effects.Add(new CancelAllTimers());
            }

            instance.State = cancelled ? InstanceState.Cancelled : InstanceState.Finished;
            instance.Outcome = outcome;
            instance.EndedAtUtc = Now;
            instance.WaitsForFacts = false;
            if (reason is not null)
            {
                instance._trace.Add(new TraceEntry(instance.Id, ++instance.StepCount, Now, "-", "cancel", null, null, reason, "Cancelled"));
            }

            instance.Raise(new InstanceEndedDomainEvent(instance, outcome, cancelled, openTaskRequests, Now));
            // However a subprocess ends, its caller hears of it: a cancelled one by the exit "cancelled" (or, without
            // one, an incident to retry). A caller that ended first ignores it.
            if (instance.ParentId is { } parent)
            {
                Effects.Add(new ResumeParent(parent, instance.ParentTokenId!.Value, instance.Id, outcome));
            }
        }
    }
}
