using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Tasks.CloseForProcess;

/// <summary>
/// The fact a process task is due at moved (a booking to another time): the open task made for the request (or its
/// redirected follow-up) becomes due at the new moment; a task already closed is left alone.
/// </summary>
internal sealed class HumanTaskDueMovedHandler(IUnitOfWorkLocator unitOfWorks, IRepository<WorkTask> tasks, TimeProvider clock)
    : IntegrationEventHandler<HumanTaskDueMovedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(HumanTaskDueMovedIntegrationEvent request, CancellationToken cancellationToken)
    {
        if (await tasks.FirstOrDefaultAsync(new OpenTaskForProcessRequestSpec(request.RequestId), cancellationToken) is { } task)
        {
            task.MoveDue(DateTime.SpecifyKind(request.DueAtUtc, DateTimeKind.Utc), clock.GetUtcNow().UtcDateTime);
        }
    }
}
