using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Tasking.Contracts;

/// <summary>
/// A task was handed to someone else: it closed as "redirected" (this is not an answer, and not a withdrawal)
/// and <see cref="FollowUpTaskId"/> opened for <see cref="AddresseeKind"/> <see cref="AddresseeId"/>
/// ("Employee" or "Position"). <see cref="ProcessRequestId"/>, when set, now waits on the follow-up: its
/// TaskCompleted carries the answer. <see cref="DueAtUtc"/> is when the follow-up is due (the call-back moment).
/// </summary>
public sealed record TaskRedirectedIntegrationEvent(
    Guid TaskId,
    ObjectReference? Subject,
    Guid FollowUpTaskId,
    Guid FollowUpTaskTypeId,
    string AddresseeKind,
    Guid AddresseeId,
    bool CallClientBack,
    DateTime? DueAtUtc,
    string? Comment,
    Guid EmployeeId,
    Guid? ProcessRequestId) : IntegrationEvent;
