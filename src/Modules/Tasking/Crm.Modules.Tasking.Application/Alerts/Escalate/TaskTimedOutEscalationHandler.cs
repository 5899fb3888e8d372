using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Alerts.Escalate;

/// <summary>
/// A task outlived its reaction time: the escalation target its type names (the engine's task request names none)
/// is alerted through their channel, once, and the task shows as escalated. A task answered meanwhile is left alone.
/// </summary>
internal sealed class TaskTimedOutEscalationHandler(
    IUnitOfWorkLocator unitOfWorks, IRepository<WorkTask> tasks, IReadRepository<Domain.TaskTypes.TaskType> types, AlertRecipients recipients, TimeProvider clock)
    : IntegrationEventHandler<TaskTimedOutIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(TaskTimedOutIntegrationEvent timedOut, CancellationToken cancellationToken)
    {
        if (await tasks.FirstOrDefaultAsync(new TaskByIdSpec(new TaskId(timedOut.TaskId), forUpdate: true), cancellationToken) is not { } task
            || !task.Status.IsOpen()
            || (await types.FirstOrDefaultAsync(new TaskTypeByIdSpec(task.TypeId), cancellationToken))?.EscalateTo is not { } target)
        {
            return;
        }

        task.Escalate(target, await recipients.OfAsync(target, cancellationToken), clock.GetUtcNow().UtcDateTime);
    }
}
