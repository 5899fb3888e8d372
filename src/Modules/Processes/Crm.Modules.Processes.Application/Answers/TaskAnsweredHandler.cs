using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.Processes.Application.Answers;

/// <summary>A task a process asked for was completed (by a person, or by itself): the instance continues by the answer.</summary>
internal sealed class TaskAnsweredHandler(IUnitOfWorkLocator unitOfWorks, IEngineStore store, ProcessRunner runner)
    : IntegrationEventHandler<TaskCompletedIntegrationEvent>(unitOfWorks)
{
    /// <summary>A manual task (no process request) is none of the engine's business.</summary>
    protected override bool Concerns(TaskCompletedIntegrationEvent completed) => completed.ProcessRequestId is not null;

    protected override async Task HandleAsync(TaskCompletedIntegrationEvent completed, CancellationToken cancellationToken)
    {
        // An ended instance waits for no answer (AnswerTask would change nothing): its facts are not read either.
        if (completed.ProcessRequestId is not { } request ||
            await store.InstanceByRequestAsync(request, cancellationToken) is not { State: InstanceState.Running } instance)
        {
            return; // the instance is gone or has ended
        }

        await runner.RunAsync(
            instance,
            (graph, context) => instance.AnswerTask(request, completed.ResultCode, completed.ClosedByItself ? null : completed.EmployeeId, completed.Comment, completed.ChosenMomentUtc, graph, context),
            cancellationToken);
    }
}
