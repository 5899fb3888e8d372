using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Domain.Instances;

public sealed record InstanceStartedDomainEvent(ProcessInstance Instance, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary><see cref="OpenTaskRequests"/>: the human-task requests its tokens still waited for when it ended.</summary>
public sealed record InstanceEndedDomainEvent(
    ProcessInstance Instance, string Outcome, bool Cancelled, IReadOnlyList<Guid> OpenTaskRequests, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>
/// A block needs a person: a question, a call, a task, or the confirmation of an action. <see cref="Title"/> and
/// <see cref="Script"/> are the block's with their fact placeholders filled in. <see cref="EmployeeId"/>: the employee the
/// process's <c>executorFact</c> names, to whom the task goes instead of the executors.
/// </summary>
public sealed record HumanTaskRequestedDomainEvent(
    ProcessInstance Instance,
    Guid RequestId,
    BlockDefinition Block,
    string Kind,
    string Title,
    string? Script,
    IReadOnlyList<AnswerDefinition> Answers,
    ProcessDocument Process,
    DateTime? DueAtUtc,
    DateTime OccurredAtUtc,
    Guid? EmployeeId = null) : IDomainEvent;

public sealed record ActionRequestedDomainEvent(
    ProcessInstance Instance,
    Guid RequestId,
    string Module,
    string Action,
    IReadOnlyDictionary<string, string?> Parameters,
    DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>
/// A condition for closing a person's task held: Tasking closes the task (if it is still open) with
/// <see cref="ResultCode"/> as closed by itself, and its answer brings the token on like a person's would.
/// </summary>
public sealed record HumanTaskClosingDomainEvent(ProcessInstance Instance, Guid RequestId, string ResultCode, string Why, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>
/// The fact a waiting task's <c>dueAt</c> names now holds another moment: Tasking moves the open task's due time
/// there (the task follows its document, e.g. a moved booking).
/// </summary>
public sealed record HumanTaskDueMovedDomainEvent(ProcessInstance Instance, Guid RequestId, DateTime DueAtUtc, DateTime OccurredAtUtc) : IDomainEvent;
