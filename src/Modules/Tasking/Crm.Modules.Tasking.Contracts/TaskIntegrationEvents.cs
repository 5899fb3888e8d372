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

public sealed record TaskTakenIntegrationEvent(Guid TaskId, Guid EmployeeId) : IntegrationEvent;

public sealed record TaskWorkStartedIntegrationEvent(Guid TaskId, Guid EmployeeId) : IntegrationEvent;

public sealed record TaskPostponedIntegrationEvent(Guid TaskId, Guid EmployeeId, DateTime UntilUtc) : IntegrationEvent;

/// <summary>
/// A task closed with a result: the answer a process continues by. <see cref="ProcessRequestId"/> is the
/// RequestId of the HumanTaskRequested event the task was made for (null for manual tasks);
/// <see cref="ChosenMomentUtc"/> the moment the person entered with an answer that asks for one.
/// </summary>
public sealed record TaskCompletedIntegrationEvent(
    Guid TaskId,
    ObjectReference? Subject,
    string ResultCode,
    string? Comment,
    string? Reason,
    Guid EmployeeId,
    Guid? ProcessRequestId = null,
    DateTime? ChosenMomentUtc = null) : IntegrationEvent;

public sealed record TaskCommentedIntegrationEvent(Guid TaskId, ObjectReference? Subject, Guid EmployeeId, string Text) : IntegrationEvent;
