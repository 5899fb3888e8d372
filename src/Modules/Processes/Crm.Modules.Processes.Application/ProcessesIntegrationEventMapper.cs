using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Application;

/// <summary>What the engine tells other modules: tasks and actions it needs, instances starting and ending.</summary>
internal sealed class ProcessesIntegrationEventMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        InstanceStartedDomainEvent e => new ProcessInstanceStartedIntegrationEvent(
            e.Instance.Id.Value, e.Instance.DefinitionId.Value, e.Instance.ProcessName, Subject(e.Instance)),
        InstanceEndedDomainEvent e => new ProcessInstanceEndedIntegrationEvent(
            e.Instance.Id.Value, e.Instance.DefinitionId.Value, e.Instance.ProcessName, Subject(e.Instance), e.Outcome, e.Cancelled, e.OpenTaskRequests),
        HumanTaskRequestedDomainEvent e => new HumanTaskRequestedIntegrationEvent(
            e.RequestId,
            e.Instance.Id.Value,
            e.Instance.DefinitionId.Value,
            e.Instance.ProcessName,
            e.Block.Id,
            e.Kind,
            e.Block.TaskTypeId,
            e.Title,
            e.Script,
            e.Answers.Select(a => new AnswerOption(a.Code, a.Label, a.AsksForMoment, a.RequiresComment)).ToList(),
            Subject(e.Instance),
            e.Process.Executors.Select(x => new ExecutorReference(x.Kind, x.Id)).ToList(),
            e.Process.Priority,
            e.Block.NormalReactionTime ?? e.Process.NormalReactionTime,
            e.DueAtUtc,
            e.Process.HiddenFromInbox,
            e.EmployeeId),
        HumanTaskClosingDomainEvent e => new HumanTaskCloseRequestedIntegrationEvent(e.RequestId, e.Instance.Id.Value, e.ResultCode, e.Why),
        HumanTaskDueMovedDomainEvent e => new HumanTaskDueMovedIntegrationEvent(e.RequestId, e.Instance.Id.Value, e.DueAtUtc),
        ActionRequestedDomainEvent e => new ActionRequestedIntegrationEvent(
            e.RequestId, e.Instance.Id.Value, e.Module, e.Action, Subject(e.Instance), e.Parameters, e.Instance.LastAnsweredBy),
        _ => null,
    };

    private static ObjectReference Subject(ProcessInstance instance) => new(instance.ObjectType, instance.ObjectId);
}
