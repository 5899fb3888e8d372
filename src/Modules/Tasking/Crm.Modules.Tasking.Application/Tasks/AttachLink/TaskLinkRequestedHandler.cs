using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Tasking.Application.Tasks.AttachLink;

/// <summary>
/// Another module asked for a link on a task (ADR 0081): the task shows it on its card. Any module may ask; what it
/// links is its own business. A task Tasking does not know (deleted, or never its) is left alone.
/// </summary>
internal sealed class TaskLinkRequestedHandler(IUnitOfWorkLocator unitOfWorks, IRepository<WorkTask> tasks, TimeProvider clock, ILogger<TaskLinkRequestedHandler> logger)
    : IntegrationEventHandler<TaskLinkRequestedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(TaskLinkRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        var task = await tasks.FirstOrDefaultAsync(new TaskByIdSpec(new TaskId(request.TaskId), forUpdate: true), cancellationToken);
        if (task is null)
        {
            logger.LogInformation("{Module} asked for a link on task {TaskId}, which does not exist", request.Module, request.TaskId);
            return;
        }

        task.AttachLink(new TaskLinkSpec(request.Module, request.Kind, request.ObjectId, request.Label, request.Href), clock.GetUtcNow().UtcDateTime);
    }
}
