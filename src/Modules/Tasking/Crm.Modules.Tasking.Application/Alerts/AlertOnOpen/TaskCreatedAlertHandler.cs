using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.Alerts.AlertOnOpen;

/// <summary>
/// A task opened (by a person, a process or a redirection — every path publishes this event): if its type alerts,
/// every addressee gets an alert through their channel, delivered by the reminders' job. Handling it twice alerts
/// nobody twice: the inbox row, the task's own check and a unique index stand in the way.
/// </summary>
internal sealed class TaskCreatedAlertHandler(
    IUnitOfWorkLocator unitOfWorks, IRepository<WorkTask> tasks, IReadRepository<TaskType> types, AlertRecipients recipients, TimeProvider clock)
    : IntegrationEventHandler<TaskCreatedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(TaskCreatedIntegrationEvent created, CancellationToken cancellationToken)
    {
        var type = await types.FirstOrDefaultAsync(new TaskTypeByIdSpec(new TaskTypeId(created.TaskTypeId)), cancellationToken);
        if (type is not { AlertsOnOpen: true }
            || await tasks.FirstOrDefaultAsync(new TaskByIdSpec(new TaskId(created.TaskId), forUpdate: true), cancellationToken) is not { Status: WorkTaskStatus.New } task)
        {
            return; // a type that does not alert, or a task gone or taken before the alert
        }

        task.AlertAddressees(await recipients.OfAsync(task.Addressee, cancellationToken), clock.GetUtcNow().UtcDateTime);
    }
}
