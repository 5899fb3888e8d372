using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Processes.Contracts;

// Processes never calls a module: it publishes ActionRequested; the module acts, reports the outcome with
// ActionCompleted, and tells the new state of its objects through FactsReported.

/// <summary>
/// A module announces the actions it performs (published on every start-up; the latest announcement per module
/// wins). Definitions that use an action nobody offers are rejected.
/// </summary>
public sealed record ActionsOfferedIntegrationEvent(string Module, IReadOnlyList<OfferedAction> Actions) : IntegrationEvent;

/// <summary>An action a module performs, e.g. <c>set-order-status</c> with parameter <c>status</c>.</summary>
public sealed record OfferedAction(string Name, string ObjectType, string Description, IReadOnlyList<string> Parameters);

/// <summary>
/// The engine asks <see cref="Module"/> to perform <see cref="Action"/> on <see cref="Subject"/>. Parameter values
/// are already resolved. <see cref="ActingEmployeeId"/> is the employee who answered the latest task of the
/// instance (e.g. "assign the answering manager"). The same <see cref="RequestId"/> may arrive again: act once.
/// </summary>
public sealed record ActionRequestedIntegrationEvent(
    Guid RequestId,
    Guid ProcessInstanceId,
    string Module,
    string Action,
    ObjectReference Subject,
    IReadOnlyDictionary<string, string?> Parameters,
    Guid? ActingEmployeeId) : IntegrationEvent;

/// <summary>The module's answer to <see cref="ActionRequestedIntegrationEvent"/>; a failure is retried, then becomes an incident.</summary>
public sealed record ActionCompletedIntegrationEvent(Guid RequestId, bool Succeeded, string? Error) : IntegrationEvent;
