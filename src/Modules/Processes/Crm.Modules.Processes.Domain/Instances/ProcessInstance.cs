using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Domain.Blocks;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances.Rules;

namespace Crm.Modules.Processes.Domain.Instances;

public readonly record struct ProcessInstanceId(Guid Value) : ITypedId;

public enum InstanceState
{
    Running,
    Finished,
    Cancelled,
}

/// <summary>
/// One run of a process version on one object. Its tokens move through the graph; every trigger (start, a timer,
/// an answered task, an action's result, new facts, a subprocess ending) is one transaction that moves them as far
/// as they go and records each step in the trace.
/// </summary>
public sealed partial class ProcessInstance : AggregateRoot<ProcessInstanceId>
{
    private readonly List<TraceEntry> _trace = [];
    private List<Token> _tokens = [];
    private Dictionary<string, decimal> _counters = new(StringComparer.OrdinalIgnoreCase);

    private ProcessInstance()
    {
        ProcessName = ObjectType = ObjectId = string.Empty;
    }

    public ProcessDefinitionId DefinitionId { get; private set; }

    public ProcessVersionId VersionId { get; private set; }

    public int VersionNumber { get; private set; }

    public string ProcessName { get; private set; }

    public string ObjectType { get; private set; }

    public string ObjectId { get; private set; }

    public InstanceState State { get; private set; }

    public string? Outcome { get; private set; }

    public bool IsTestRun { get; private set; }

    public ProcessInstanceId? ParentId { get; private set; }

    public Guid? ParentTokenId { get; private set; }

    public DateTime StartedAtUtc { get; private set; }

    public DateTime? EndedAtUtc { get; private set; }

    /// <summary>
    /// Some token waits for a condition on facts, or for a task that may close by itself: new facts about the object
    /// re-check it.
    /// </summary>
    public bool WaitsForFacts { get; private set; }

    /// <summary>An action that failed on every retry; an administrator retries the instance.</summary>
    public string? IncidentError { get; private set; }

    public DateTime? IncidentAtUtc { get; private set; }

    public Guid? LastAnsweredBy { get; private set; }

    public DateTime? LastAnswerMomentUtc { get; private set; }

    /// <summary>Steps recorded so far; the next trace entry gets this plus one.</summary>
    public int StepCount { get; private set; }

    public IReadOnlyList<Token> Tokens => _tokens;

    public IReadOnlyDictionary<string, decimal> Counters => _counters;

    /// <summary>Only the entries added in this unit of work (the trace is read through its own query).</summary>
    public IReadOnlyCollection<TraceEntry> NewTraceEntries => _trace;

    public static ProcessInstance Start(
        ProcessInstanceId id, ProcessVersion version, string objectType, string objectId, EngineContext context,
        ProcessInstanceId? parentId = null, Guid? parentTokenId = null)
    {
        var instance = new ProcessInstance
        {
            Id = id,
            DefinitionId = version.DefinitionId,
            VersionId = version.Id,
            VersionNumber = version.Number,
            ProcessName = version.Document.Name,
            ObjectType = objectType.ToLowerInvariant(),
            ObjectId = objectId,
            State = InstanceState.Running,
            IsTestRun = version.IsTestRun,
            ParentId = parentId,
            ParentTokenId = parentTokenId,
            StartedAtUtc = context.NowUtc,
        };
        instance._tokens.Add(Token.At(version.Document.Blocks.Single(b => b.Type == BlockTypes.Start).Id));
        instance.Raise(new InstanceStartedDomainEvent(instance, context.NowUtc));
        return instance;
    }

    /// <summary>
    /// A person answered the task a token waits for (or, with no <paramref name="employeeId"/>, it closed by itself);
    /// the answer's code is the exit.
    /// </summary>
    public IReadOnlyList<EngineEffect> AnswerTask(
        Guid requestId, string answer, Guid? employeeId, string? comment, DateTime? moment, ProcessGraph graph, EngineContext context)
    {
        var token = WaitingToken(WaitKind.Task, requestId);
        if (token is null)
        {
            return []; // answered twice, or the branch ended meanwhile: nothing waits any more
        }

        var block = graph.Block(token.BlockId);
        LastAnsweredBy = employeeId ?? LastAnsweredBy;
        LastAnswerMomentUtc = moment ?? LastAnswerMomentUtc;
        var run = new Run(this, graph, context);
        BlockCatalog.Behaviour(block.Type).Answer(token, block, run, new Answer(answer, employeeId, comment, moment));
        return run.Continue();
    }

    /// <summary>
    /// The task a token waits for is gone without an answer (deleted by the administrator): the branch stops with an
    /// incident; retrying it asks again with a new task.
    /// </summary>
    public IReadOnlyList<EngineEffect> WithdrawTask(Guid requestId, string reason, ProcessGraph graph, EngineContext context)
    {
        if (WaitingToken(WaitKind.Task, requestId) is not { } token)
        {
            return []; // answered, or the instance ended (its tasks are cancelled then): nothing waits
        }

        var run = new Run(this, graph, context);
        run.Incident(token, graph.Block(token.BlockId), reason);
        return run.Effects;
    }

    /// <summary>The module reported on an action a token waits for.</summary>
    public IReadOnlyList<EngineEffect> CompleteAction(Guid requestId, bool succeeded, string? error, ProcessGraph graph, EngineContext context)
    {
        var token = WaitingToken(WaitKind.Action, requestId);
        if (token is null)
        {
            return [];
        }

        var run = new Run(this, graph, context);
        var block = graph.Block(token.BlockId);
        if (token.TimerId is { } timeout)
        {
            run.Effects.Add(new CancelTimer(timeout));
        }

        if (succeeded)
        {
            run.Move(token, block, BlockTypes.Next);
        }
        else
        {
            ActionBlock.Fail(token, block, run, error ?? "The module reported a failure.");
        }

        return run.Continue();
    }

    /// <summary>A timer fell due. Stale timers (the token moved on) change nothing.</summary>
    public IReadOnlyList<EngineEffect> FireTimer(Guid timerId, TimerPurpose purpose, ProcessGraph graph, EngineContext context)
    {
        var token = _tokens.FirstOrDefault(t => t.TimerId == timerId && t.Status == TokenStatus.Waiting);
        if (token is null || State != InstanceState.Running)
        {
            return [];
        }

        var run = new Run(this, graph, context);
        var block = graph.Block(token.BlockId);
        token.TimerId = null;
        switch (purpose)
        {
            case TimerPurpose.Delay:
                run.Move(token, block, BlockTypes.Next);
                break;
            case TimerPurpose.WaitLimit:
                run.Move(token, block, BlockTypes.LimitReached, detail: "The limit was reached before the condition held.");
                break;
            case TimerPurpose.ActionTimeout:
                ActionBlock.Fail(token, block, run, "The module did not answer in time.");
                break;
            default: // schedule opened, or an action's retry is due: run the block again
                token.Status = TokenStatus.Active;
                token.Wait = WaitKind.None;
                break;
        }

        return run.Continue();
    }

    /// <summary>New facts arrived about the object (already in the context): waits are checked again.</summary>
    public IReadOnlyList<EngineEffect> RecheckFacts(ProcessGraph graph, EngineContext context) =>
        State == InstanceState.Running && WaitsForFacts ? new Run(this, graph, context).Continue() : [];

    /// <summary>Runs the instance from wherever its tokens are (used right after start).</summary>
    public IReadOnlyList<EngineEffect> Advance(ProcessGraph graph, EngineContext context) => new Run(this, graph, context).Continue();

    /// <summary>A subprocess this instance called ended with an outcome: its token continues by that exit.</summary>
    public IReadOnlyList<EngineEffect> ResumeAfterSubprocess(ProcessInstanceId childId, string outcome, ProcessGraph graph, EngineContext context)
    {
        var token = WaitingToken(WaitKind.Subprocess, childId.Value);
        if (token is null)
        {
            return [];
        }

        var run = new Run(this, graph, context);
        run.Move(token, graph.Block(token.BlockId), outcome, detail: $"Subprocess ended: {outcome}");
        return run.Continue();
    }

    public IReadOnlyList<EngineEffect> Cancel(string reason, ProcessGraph graph, EngineContext context)
    {
        CheckRule(new InstanceMustBeRunningRule(State));
        var run = new Run(this, graph, context);
        run.End("cancelled", cancelled: true, reason);
        return run.Effects;
    }

    /// <summary>An administrator retries after an incident: failed tokens run their block again with fresh attempts.</summary>
    public IReadOnlyList<EngineEffect> RetryIncident(ProcessGraph graph, EngineContext context)
    {
        CheckRule(new InstanceMustBeRunningRule(State));
        CheckRule(new InstanceMustHaveIncidentRule(IncidentError));
        foreach (var token in _tokens.Where(t => t.Status == TokenStatus.Failed))
        {
            token.Status = TokenStatus.Active;
            token.Attempts = 0;
            token.LastError = null;
        }

        IncidentError = null;
        IncidentAtUtc = null;
        return new Run(this, graph, context).Continue();
    }

    private Token? WaitingToken(WaitKind wait, Guid reference) =>
        State == InstanceState.Running
            ? _tokens.FirstOrDefault(t => t.Status == TokenStatus.Waiting && t.Wait == wait && t.WaitRef == reference)
            : null;
}
