using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Domain.Instances;

public enum TimerPurpose
{
    Delay,
    WaitLimit,
    Schedule,
    ActionRetry,
    ActionTimeout,

    /// <summary>A definition's periodic entry check (no instance).</summary>
    PeriodicCheck,
}

/// <summary>
/// What a step asks of the world beyond the instance row; the runner carries these out in the same transaction.
/// (What other modules must hear travels as domain events → integration events instead.)
/// </summary>
public abstract record EngineEffect;

public sealed record ScheduleTimer(Guid TimerId, Guid TokenId, TimerPurpose Purpose, DateTime DueAtUtc) : EngineEffect;

public sealed record CancelTimer(Guid TimerId) : EngineEffect;

/// <summary>Remember which instance and token a task or action request belongs to, to route the answer.</summary>
public sealed record RegisterRequest(Guid RequestId, Guid TokenId, string Kind, string BlockId) : EngineEffect;

public sealed record StartSubprocess(Guid TokenId, ProcessInstanceId ChildId, ProcessDefinitionId DefinitionId) : EngineEffect;

public sealed record CancelSubprocess(ProcessInstanceId ChildId) : EngineEffect;

/// <summary>A subprocess ended: its caller's token continues by the outcome.</summary>
public sealed record ResumeParent(ProcessInstanceId ParentId, Guid ParentTokenId, ProcessInstanceId ChildId, string Outcome) : EngineEffect;

/// <summary>A token stopped on an error an administrator must look at: the runner logs it once it is stored.</summary>
public sealed record IncidentRaised(string BlockId, string Error) : EngineEffect;

/// <summary>The instance ended: every timer it still has goes.</summary>
public sealed record CancelAllTimers : EngineEffect;
