using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Processes.Contracts;

// The engine asks for people's work through these; Tasking turns them into tasks and answers with
// Crm.Modules.Tasking.Contracts.TaskCompletedIntegrationEvent, which carries the RequestId back.

/// <summary>
/// A process block that needs a person ("Question to manager", "Make a call", "Task", an action the manager must
/// confirm) asks for a task. <see cref="Answers"/> are the block's exits: the task closes with one of their codes.
/// <see cref="EmployeeId"/>: the one employee the task is addressed to (the process names them by a fact, such as the
/// order's manager) instead of the process's <see cref="Executors"/>.
/// </summary>
public sealed record HumanTaskRequestedIntegrationEvent(
    Guid RequestId,
    Guid ProcessInstanceId,
    Guid ProcessDefinitionId,
    string ProcessName,
    string BlockId,
    string Kind,
    Guid? TaskTypeId,
    string Title,
    string? Script,
    IReadOnlyList<AnswerOption> Answers,
    ObjectReference Subject,
    IReadOnlyList<ExecutorReference> Executors,
    int Priority,
    TimeSpan? NormalReactionTime,
    DateTime? DueAtUtc,
    bool HiddenFromInbox,
    Guid? EmployeeId = null) : IntegrationEvent
{
    // Values of Kind.
    public const string QuestionKind = "question";
    public const string CallKind = "call";
    public const string TaskKind = "task";
    public const string ConfirmActionKind = "confirm-action";
}

/// <summary>
/// A condition the block set for closing its task held (the document it waited for appeared): Tasking closes the
/// task made for <see cref="RequestId"/> with <see cref="ResultCode"/> as closed by itself, <see cref="Why"/> as its
/// comment — unless a person closed it first — and answers with TaskCompletedIntegrationEvent (ClosedByItself), by
/// which the process goes on. Tasking's answer is the one outcome, whichever came first.
/// </summary>
public sealed record HumanTaskCloseRequestedIntegrationEvent(Guid RequestId, Guid ProcessInstanceId, string ResultCode, string Why) : IntegrationEvent;

/// <summary>
/// The fact a process task's <c>dueAt</c> names now holds another moment (the booking it waits for was moved):
/// Tasking moves the open task made for <see cref="RequestId"/> to be due at <see cref="DueAtUtc"/>; a closed task
/// stays as it is.
/// </summary>
public sealed record HumanTaskDueMovedIntegrationEvent(Guid RequestId, Guid ProcessInstanceId, DateTime DueAtUtc) : IntegrationEvent;

/// <summary>
/// One way to answer a human task. <see cref="AsksForMoment"/>: the person also enters a moment ("when can I call
/// back?", "expected payment"), returned as TaskCompletedIntegrationEvent.ChosenMomentUtc.
/// </summary>
public sealed record AnswerOption(string Code, string Label, bool AsksForMoment = false, bool RequiresComment = false);

/// <summary>Who may work a process's tasks: <c>Kind</c> is "Employee", "Position" or "Department".</summary>
public sealed record ExecutorReference(string Kind, Guid Id);

/// <summary>
/// A process instance ended (finished with an outcome, or was cancelled). Its open tasks must close: Tasking
/// cancels every task whose ProcessInstanceId matches. <see cref="OpenTaskRequestIds"/>: the requests
/// (HumanTaskRequestedIntegrationEvent.RequestId) the instance still waited for when it ended; empty when every task
/// it asked for was answered or withdrawn, so there is nothing to close; null when not known (an event written
/// before the field existed).
/// </summary>
public sealed record ProcessInstanceEndedIntegrationEvent(
    Guid ProcessInstanceId,
    Guid ProcessDefinitionId,
    string ProcessName,
    ObjectReference Subject,
    string Outcome,
    bool Cancelled,
    IReadOnlyList<Guid>? OpenTaskRequestIds = null) : IntegrationEvent;

/// <summary>A process instance started on an object.</summary>
public sealed record ProcessInstanceStartedIntegrationEvent(
    Guid ProcessInstanceId,
    Guid ProcessDefinitionId,
    string ProcessName,
    ObjectReference Subject) : IntegrationEvent;
