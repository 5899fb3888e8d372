using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.Tasks.CloseForProcess;

/// <summary>
/// A process's condition for closing one of its tasks held: the task closes by itself with the given result, and
/// its completion answers the process like a person's would. The task decides the one outcome: a person who
/// answered first wins (nothing is open any more), and a person answering at the same moment meets a version
/// conflict on one side — the handler is retried and finds the task closed, or the person's answer is refused.
/// </summary>
internal sealed class HumanTaskCloseRequestedHandler(
    IUnitOfWorkLocator unitOfWorks, IRepository<WorkTask> tasks, IReadRepository<TaskType> types, TimeProvider clock)
    : IntegrationEventHandler<HumanTaskCloseRequestedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(HumanTaskCloseRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        // The open one: a redirected task's request lives on in its follow-up.
        if (await tasks.FirstOrDefaultAsync(new OpenTaskForProcessRequestSpec(request.RequestId), cancellationToken) is not { } task ||
            await types.FirstOrDefaultAsync(new TaskTypeByIdSpec(task.TypeId), cancellationToken) is not { } type)
        {
            return;
        }

        // The administrator may have changed the task's type since: a result it no longer has leaves the task to a person.
        if (task.ClosesWith(type, request.ResultCode))
        {
            task.CloseByItself(type, request.ResultCode, request.Why, clock.GetUtcNow().UtcDateTime);
        }
    }
}
