using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Domain.Tasks;

public sealed record TaskCreatedDomainEvent(WorkTask Task, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record TaskTakenDomainEvent(WorkTask Task, EmployeeId By, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record TaskWorkStartedDomainEvent(WorkTask Task, EmployeeId By, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record TaskPostponedDomainEvent(WorkTask Task, EmployeeId By, DateTime UntilUtc, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>
/// <see cref="ResultLabel"/>: the answer as the person saw it (the code is for machines). <see cref="By"/> is null
/// when the task closed by itself.
/// </summary>
public sealed record TaskCompletedDomainEvent(WorkTask Task, EmployeeId? By, DateTime OccurredAtUtc, string ResultLabel) : IDomainEvent;

public sealed record TaskCommentedDomainEvent(WorkTask Task, EmployeeId By, string Text, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record TaskCancelledDomainEvent(WorkTask Task, string Why, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record TaskTimedOutDomainEvent(WorkTask Task, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record TaskEditedDomainEvent(WorkTask Task, EmployeeId By, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record TaskDeletedDomainEvent(WorkTask Task, EmployeeId By, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record TaskReturnedDomainEvent(WorkTask Task, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>The task timed out unanswered and its type's escalation target was told.</summary>
public sealed record TaskEscalatedDomainEvent(WorkTask Task, DateTime OccurredAtUtc) : IDomainEvent;
