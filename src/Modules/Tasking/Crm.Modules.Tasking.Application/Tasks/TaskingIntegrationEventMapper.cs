using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Tasks;

/// <summary>What of a task's life Tasking tells the other modules (the explicit mapping that replaces Mapster).</summary>
internal sealed class TaskingIntegrationEventMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        TaskCreatedDomainEvent e => new TaskCreatedIntegrationEvent(
            e.Task.Id.Value, e.Task.Number, e.Task.TypeId.Value, e.Task.Title, Reference(e.Task), e.Task.Addressee.Kind.ToString(),
            e.Task.Addressee.Id, e.Task.DueAtUtc, e.Task.CreatedBy?.Value),
        TaskTakenDomainEvent e => new TaskTakenIntegrationEvent(e.Task.Id.Value, e.By.Value, Reference(e.Task)),
        TaskWorkStartedDomainEvent e => new TaskWorkStartedIntegrationEvent(e.Task.Id.Value, e.By.Value, Reference(e.Task)),
        TaskPostponedDomainEvent e => new TaskPostponedIntegrationEvent(e.Task.Id.Value, e.By.Value, e.UntilUtc, Reference(e.Task)),
        TaskCompletedDomainEvent e => new TaskCompletedIntegrationEvent(
            e.Task.Id.Value, Reference(e.Task), e.Task.ResultCode!, e.Task.ResultComment, e.Task.ResultReason, e.By?.Value ?? Guid.Empty,
            e.Task.Process?.RequestId, e.Task.ChosenMomentUtc, e.ResultLabel, ClosedByItself: e.By is null),
        TaskCommentedDomainEvent e => new TaskCommentedIntegrationEvent(e.Task.Id.Value, Reference(e.Task), e.By.Value, e.Text),
        TaskCancelledDomainEvent e => new TaskCancelledIntegrationEvent(e.Task.Id.Value, Reference(e.Task), e.Why, e.Task.Process?.RequestId),
        TaskTimedOutDomainEvent e => new TaskTimedOutIntegrationEvent(
            e.Task.Id.Value, Reference(e.Task), e.Task.TimeoutAtUtc!.Value, e.Task.AssigneeId?.Value, e.Task.Process?.RequestId, e.Task.Process?.InstanceId),
        TaskEscalatedDomainEvent e => new TaskEscalatedIntegrationEvent(
            e.Task.Id.Value, Reference(e.Task), e.Task.TypeId.Value, e.Task.EscalatedTo!.Kind.ToString(), e.Task.EscalatedTo.Id, e.Task.TimeoutAtUtc!.Value,
            e.Task.AssigneeId?.Value, e.Task.Process?.RequestId, e.Task.Process?.InstanceId),
        TaskDeletedDomainEvent e => new TaskDeletedIntegrationEvent(e.Task.Id.Value, e.By.Value, e.Task.PendingProcessRequestId),
        TaskRedirectedDomainEvent e => new TaskRedirectedIntegrationEvent(
            e.Task.Id.Value, Reference(e.Task), e.FollowUp.Id.Value, e.FollowUp.TypeId.Value, e.Redirection.Addressee.Kind.ToString(),
            e.Redirection.Addressee.Id, e.Redirection.CallClientBack, e.FollowUp.DueAtUtc, e.Task.ResultComment, e.By.Value, e.FollowUp.Process?.RequestId),
        TaskEditedDomainEvent e => new TaskEditedIntegrationEvent(e.Task.Id.Value, e.By.Value, e.Task.TypeId.Value, e.Task.DueAtUtc, e.Task.AssigneeId?.Value, e.Task.Title),
        TaskReturnedDomainEvent e => new TaskReturnedIntegrationEvent(e.Task.Id.Value, e.Task.AssigneeId?.Value),
        _ => null,
    };

    private static ObjectReference? Reference(WorkTask task) => task.Subject is { } s ? new ObjectReference(s.Type, s.Id) : null;
}
