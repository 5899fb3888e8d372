using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Tasking.Contracts;

// What Tasking tells other modules. Primitive-typed records only: they are serialised to the outbox and read by
// modules that know nothing of Tasking's domain. Add fields; never rename or remove one.

public sealed record TaskCreatedIntegrationEvent(
    Guid TaskId,
    long Number,
    Guid TaskTypeId,
    string Title,
    ObjectReference? Subject,
    string AddresseeKind,
    Guid AddresseeId,
    DateTime? DueAtUtc,
    Guid? CreatedBy) : IntegrationEvent;

/// <summary><see cref="Subject"/> (added later, so null in older events) lets a module ignore tasks about others' objects.</summary>
public sealed record TaskTakenIntegrationEvent(Guid TaskId, Guid EmployeeId, ObjectReference? Subject = null) : IntegrationEvent;

public sealed record TaskWorkStartedIntegrationEvent(Guid TaskId, Guid EmployeeId, ObjectReference? Subject = null) : IntegrationEvent;

public sealed record TaskPostponedIntegrationEvent(Guid TaskId, Guid EmployeeId, DateTime UntilUtc, ObjectReference? Subject = null) : IntegrationEvent;

/// <summary>
/// A task closed with a result: the answer a process continues by. <see cref="ProcessRequestId"/> is the
/// RequestId of the HumanTaskRequested event the task was made for (null for manual tasks);
/// <see cref="ChosenMomentUtc"/> the moment the person entered with an answer that asks for one;
/// <see cref="ResultLabel"/> the answer's label as the person chose it (added later: null in older events);
/// <see cref="ClosedByItself"/>: no person closed it — its process's closing condition held (the comment says which)
/// — and <see cref="EmployeeId"/> is then <see cref="Guid.Empty"/>.
/// </summary>
public sealed record TaskCompletedIntegrationEvent(
    Guid TaskId,
    ObjectReference? Subject,
    string ResultCode,
    string? Comment,
    string? Reason,
    Guid EmployeeId,
    Guid? ProcessRequestId = null,
    DateTime? ChosenMomentUtc = null,
    string? ResultLabel = null,
    bool ClosedByItself = false) : IntegrationEvent;

public sealed record TaskCommentedIntegrationEvent(Guid TaskId, ObjectReference? Subject, Guid EmployeeId, string Text) : IntegrationEvent;

/// <summary>A task closed without an answer (its process ended). <see cref="ProcessRequestId"/> as in TaskCompleted.</summary>
public sealed record TaskCancelledIntegrationEvent(Guid TaskId, ObjectReference? Subject, string Why, Guid? ProcessRequestId) : IntegrationEvent;

/// <summary>
/// A task's normal reaction time passed while it was still open: a process may escalate on it.
/// <see cref="ProcessRequestId"/> and <see cref="ProcessInstanceId"/> are null for manual tasks.
/// </summary>
public sealed record TaskTimedOutIntegrationEvent(
    Guid TaskId,
    ObjectReference? Subject,
    DateTime TimeoutAtUtc,
    Guid? AssigneeId,
    Guid? ProcessRequestId,
    Guid? ProcessInstanceId) : IntegrationEvent;

/// <summary>
/// A timed-out task's escalation target (from its task type) was told: <see cref="TargetKind"/> "Employee" or
/// "Position" and <see cref="TargetId"/>. Process ids as in TaskTimedOut; a process may react (reassign, raise priority).
/// </summary>
public sealed record TaskEscalatedIntegrationEvent(
    Guid TaskId,
    ObjectReference? Subject,
    Guid TaskTypeId,
    string TargetKind,
    Guid TargetId,
    DateTime TimeoutAtUtc,
    Guid? AssigneeId,
    Guid? ProcessRequestId,
    Guid? ProcessInstanceId) : IntegrationEvent;

/// <summary>The main administrator changed a task's type, wording, due time or assignee. <see cref="Title"/>: the title after the edit.</summary>
public sealed record TaskEditedIntegrationEvent(Guid TaskId, Guid EmployeeId, Guid TaskTypeId, DateTime? DueAtUtc, Guid? AssigneeId, string? Title = null) : IntegrationEvent;

/// <summary>A postponed task's moment came: it is back in the inbox, held by <see cref="AssigneeId"/> (or free).</summary>
public sealed record TaskReturnedIntegrationEvent(Guid TaskId, Guid? AssigneeId) : IntegrationEvent;

/// <summary>The main administrator deleted a task.</summary>
public sealed record TaskDeletedIntegrationEvent(Guid TaskId, Guid EmployeeId, Guid? ProcessRequestId) : IntegrationEvent;
