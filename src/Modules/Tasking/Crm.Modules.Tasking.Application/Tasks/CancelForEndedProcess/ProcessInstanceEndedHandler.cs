using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Tasks.CancelForEndedProcess;

/// <summary>A process instance ended: its open tasks have nobody left to answer, so they are cancelled.</summary>
internal sealed class ProcessInstanceEndedHandler(IUnitOfWorkLocator unitOfWorks, IRepository<WorkTask> tasks, TimeProvider clock)
    : IntegrationEventHandler<ProcessInstanceEndedIntegrationEvent>(unitOfWorks)
{
    // An instance that waited for no task when it ended (every task answered) has none open here: no query, no inbox row.
    protected override bool Concerns(ProcessInstanceEndedIntegrationEvent ended) => ended.OpenTaskRequestIds is not { Count: 0 };

    protected override async Task HandleAsync(ProcessInstanceEndedIntegrationEvent ended, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var why = ended.Cancelled ? $"The process '{ended.ProcessName}' was cancelled" : $"The process '{ended.ProcessName}' ended: {ended.Outcome}";
        foreach (var task in await tasks.ListAsync(new OpenTasksOfProcessInstanceSpec(ended.ProcessInstanceId), cancellationToken))
        {
            task.Cancel(why, now);
        }
    }
}
