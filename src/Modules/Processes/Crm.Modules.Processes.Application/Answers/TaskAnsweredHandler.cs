using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.Processes.Application.Answers;

/// <summary>A task a process asked for was completed: the instance continues by the answer.</summary>
internal sealed class TaskAnsweredHandler(IUnitOfWorkLocator unitOfWorks, IEngineStore store, ProcessRunner runner)
    : IntegrationEventHandler<TaskCompletedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(TaskCompletedIntegrationEvent completed, CancellationToken cancellationToken)
    {
        if (completed.ProcessRequestId is not { } request || await store.InstanceByRequestAsync(request, cancellationToken) is not { } instance)
        {
            return; // a manual task, or the instance is gone
        }

        await runner.RunAsync(
            instance,
            (graph, context) => instance.AnswerTask(request, completed.ResultCode, completed.EmployeeId, completed.Comment, completed.ChosenMomentUtc, graph, context),
            cancellationToken);
    }
}
