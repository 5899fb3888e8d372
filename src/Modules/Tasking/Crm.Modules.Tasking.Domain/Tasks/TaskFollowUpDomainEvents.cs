using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>The task was closed by handing it to someone else; <see cref="FollowUp"/> is the task they got.</summary>
public sealed record TaskRedirectedDomainEvent(WorkTask Task, WorkTask FollowUp, EmployeeId By, Redirection Redirection, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>An item of the task's checklist was added, ticked, unticked or removed.</summary>
public sealed record TaskChecklistChangedDomainEvent(WorkTask Task, EmployeeId By, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>Another module linked an object to the task (only the task's version moves: nothing else needs to hear).</summary>
public sealed record TaskLinkAttachedDomainEvent(WorkTask Task, DateTime OccurredAtUtc) : IDomainEvent;
