using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Domain.Blocks;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Runtime;

namespace Crm.Modules.Processes.Domain.Instances;

public sealed partial class ProcessInstance
{
    /// <summary>
    /// One trigger's worth of execution: runs every active token until it waits or ends, re-checking waits on
    /// facts, and collects the effects for the runner. What a token does on each block type is that type's
    /// <see cref="BlockBehaviour"/>; this is what they share (moving, tracing, timers, asking a person, ending).
    /// </summary>
    internal sealed class Run(ProcessInstance instance, ProcessGraph graph, EngineContext context)
    {
        private int _steps;

        public List<EngineEffect> Effects { get; } = [];

        public ProcessInstance Instance => instance;

        public DateTime Now => context.NowUtc;

        public EngineSettings Settings => context.Settings;

        /// <summary>The instance's counters, by lower-case name.</summary>
        public Dictionary<string, decimal> Counters => instance._counters;

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

                var block = graph.Block(token.BlockId);
                BlockCatalog.Behaviour(block.Type).Run(token, block, this);
            }

            instance.WaitsForFacts = instance.State == InstanceState.Running && instance._tokens.Any(ListensToFacts);
            instance._tokens.RemoveAll(t => t.Status is TokenStatus.Done or TokenStatus.Cancelled);
            return Effects;
        }

        private Token? NextToken() =>
            instance._tokens.FirstOrDefault(t => t.Status == TokenStatus.Active) ?? WokenByFacts();

        /// <summary>
        /// A token waiting for a condition whose facts now hold leaves by "holds"; a task whose closing condition now
        /// holds is asked to close by itself (its token goes on by the task's answer, like after a person's).
        /// </summary>
        private Token? WokenByFacts()
        {
            foreach (var token in instance._tokens.Where(ListensToFacts))
            {
                var block = graph.Block(token.BlockId);
                if (token.Wait == WaitKind.Task)
                {
                    FollowDue(token, block);
                    if (!token.ClosingAsked)
                    {
                        AskToClose(token, block);
                    }
                }
                else if (Holds(block))
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

        /// <summary>
        /// Waits for a condition, or for a task that may close by itself and has not been asked to yet, or for a task
        /// due at a fact's moment (it follows the fact).
        /// </summary>
        private bool ListensToFacts(Token token) => token.Status == TokenStatus.Waiting &&
            (token.Wait == WaitKind.Facts || (token.Wait == WaitKind.Task && (FollowsDueFact(graph.Block(token.BlockId)) ||
                (!token.ClosingAsked && graph.ClosingsOf(graph.Block(token.BlockId)).Count > 0))));

        private static bool FollowsDueFact(BlockDefinition block) => block.DueAt is { } dueAt && dueAt != BlockTypes.AnswerMoment;

        /// <summary>
        /// The open task's <c>dueAt</c> fact holds another moment than the task was given (the booking was moved):
        /// Tasking moves the task's due time. A fact that no longer holds a moment leaves the task as it is.
        /// </summary>
        private void FollowDue(Token token, BlockDefinition block)
        {
            if (!FollowsDueFact(block) || token.WaitRef is not { } request ||
                Facts.Get(block.DueAt!) is not { Kind: Expressions.FactKind.Moment } value || value.Moment == token.DueAtUtc)
            {
                return;
            }

            token.DueAtUtc = value.Moment;
            instance.Raise(new HumanTaskDueMovedDomainEvent(instance, request, value.Moment, Now));
            Trace(block, null, detail: $"{block.DueAt} changed: the task is now due at {value.Moment:O}");
        }

        /// <summary>
        /// Tasking decides whether the task still closes by itself (a person may have answered it first): one answer
        /// reaches the token, whichever came first, so the process never goes on twice.
        /// </summary>
        private void AskToClose(Token token, BlockDefinition block)
        {
            if (HoldingClosing(block) is not { } closing || token.WaitRef is not { } request)
            {
                return;
            }

            token.ClosingAsked = true;
            instance.Raise(new HumanTaskClosingDomainEvent(instance, request, closing.Result, $"Closed by itself: {closing.Condition}", Now));
            Trace(block, null, detail: $"{closing.Condition} holds: the task closes by itself as '{closing.Result}'");
        }

        /// <summary>The first of the block's closing conditions that holds now.</summary>
        private ClosingCondition? HoldingClosing(BlockDefinition block) =>
            graph.ClosingsOf(block).FirstOrDefault(c => c.Condition.Holds(Facts)).Closing;

        /// <summary>The task's closing condition already holds when the block is reached: no task, on by its result.</summary>
        private bool ClosesAtOnce(Token token, BlockDefinition block)
        {
            if (HoldingClosing(block) is not { } closing)
            {
                return false;
            }

            Move(token, block, closing.Result, detail: $"No task: {closing.Condition} already holds");
            return true;
        }

        /// <summary>Whether the block's condition holds on the object's facts and the instance's counters.</summary>
        public bool Holds(BlockDefinition block) => graph.ConditionOf(block).Holds(Facts);

        /// <summary>A fork's branches start, each as its own token.</summary>
        public void Branch(IEnumerable<string> blockIds) => instance._tokens.AddRange(blockIds.Select(Token.At));

        public void Raise(IDomainEvent domainEvent) => instance.Raise(domainEvent);

        /// <summary>A person is asked (once working hours allow): the token waits for the task's answer.</summary>
        public void AskPerson(Token token, BlockDefinition block, string kind, IReadOnlyList<AnswerDefinition> answers)
        {
            if (ClosesAtOnce(token, block) || WaitsForWorkingHours(token, block))
            {
                return;
            }

            var requestId = Guid.NewGuid();
            Effects.Add(new RegisterRequest(requestId, token.Id, "task", block.Id));
            token.WaitFor(WaitKind.Task, requestId);
            var facts = Facts;
            var title = FactPlaceholders.Fill(block.Title, facts) ?? (block.Action is null ? block.Id : $"Confirm: {block.Module}/{block.Action}");
            var (due, dueDetail) = DueOf(block);
            token.DueAtUtc = FollowsDueFact(block) && facts.Get(block.DueAt!) is { Kind: Expressions.FactKind.Moment } fact ? fact.Moment : null;
            instance.Raise(new HumanTaskRequestedDomainEvent(
                instance, requestId, block, kind, title, FactPlaceholders.Fill(block.Script, facts), answers, graph.Document, due, Now, Executor()));
            Trace(block, null, detail: $"Asked: {title}{dueDetail}");
        }

        /// <summary>The employee the process's <c>executorFact</c> names now (the order's manager), if it holds an id.</summary>
        private Guid? Executor() =>
            graph.Document.ExecutorFact is { } name && Facts.Get(name) is { Kind: Expressions.FactKind.Text, Text: { } text } && Guid.TryParse(text, out var id) ? id : null;

        /// <summary>
        /// When the task is due: at the moment its <c>dueAt</c> names (a fact's, or the latest answer's; one in the
        /// past makes the task overdue at once), else after the normal reaction time. A <c>dueAt</c> with no moment
        /// behind it falls back to the reaction time, and the trace says so.
        /// </summary>
        private (DateTime? Due, string Detail) DueOf(BlockDefinition block)
        {
            var reaction = block.NormalReactionTime ?? graph.Document.NormalReactionTime;
            DateTime? relative = reaction is { } r ? Moments.Plus(Now, r) : null;
            DateTime? moment = block.DueAt switch
            {
                null => null,
                BlockTypes.AnswerMoment => instance.LastAnswerMomentUtc,
                var fact => Facts.Get(fact) is { Kind: Expressions.FactKind.Moment } value ? value.Moment : null,
            };
            return (block.DueAt, moment) switch
            {
                (null, _) => (relative, string.Empty),
                (_, { } at) => (at, $" (due at {block.DueAt}: {at:O})"),
                _ => (relative, $" ({block.DueAt} holds no moment: due by the reaction time)"),
            };
        }

        /// <summary>
        /// "{client.email}" in a parameter becomes the object's fact; "{answer-moment}" the latest moment a person entered
        /// with an answer (ISO 8601), e.g. the new time of a moved booking.
        /// </summary>
        public string? Resolve(string? value) => value switch
        {
            "{" + BlockTypes.AnswerMoment + "}" => instance.LastAnswerMomentUtc is { } moment ? DateTime.SpecifyKind(moment, DateTimeKind.Utc).ToString("O", System.Globalization.CultureInfo.InvariantCulture) : null,
            ['{', .. var name, '}'] => Facts.Get(name) is { Kind: not Expressions.FactKind.Null } fact ? fact.Text ?? fact.ToString() : null,
            _ => value,
        };

        public bool WaitsForWorkingHours(Token token, BlockDefinition block)
        {
            if (graph.Document.Schedule.NextOpening(Now) is not { } opens)
            {
                return false;
            }

            Schedule(token, WaitKind.Timer, null, TimerPurpose.Schedule, opens);
            Trace(block, null, detail: $"Outside working hours: waits until {opens:O}");
            return true;
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

        public void Schedule(Token token, WaitKind wait, Guid? reference, TimerPurpose purpose, DateTime dueAtUtc)
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
