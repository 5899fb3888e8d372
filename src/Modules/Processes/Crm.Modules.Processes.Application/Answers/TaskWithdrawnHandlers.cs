using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Tasking.Contracts;

namespace Crm.Modules.Processes.Application.Answers;

/// <summary>A process's task was deleted: the branch that waited for it shows an incident instead of waiting forever.</summary>
internal sealed class TaskDeletedHandler(IUnitOfWorkLocator unitOfWorks, TaskWithdrawal withdrawal)
    : IntegrationEventHandler<TaskDeletedIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(TaskDeletedIntegrationEvent deleted) => deleted.ProcessRequestId is not null;

    protected override Task HandleAsync(TaskDeletedIntegrationEvent deleted, CancellationToken cancellationToken) =>
        withdrawal.WithdrawAsync(deleted.ProcessRequestId, "The task was deleted before anyone answered it; retry to ask again.", cancellationToken);
}

/// <summary>A process's task was cancelled while its instance still runs: the same as a deletion.</summary>
internal sealed class TaskCancelledHandler(IUnitOfWorkLocator unitOfWorks, TaskWithdrawal withdrawal)
    : IntegrationEventHandler<TaskCancelledIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(TaskCancelledIntegrationEvent cancelled) => cancelled.ProcessRequestId is not null;

    protected override Task HandleAsync(TaskCancelledIntegrationEvent cancelled, CancellationToken cancellationToken) =>
        withdrawal.WithdrawAsync(cancelled.ProcessRequestId, $"The task was cancelled ({cancelled.Why}); retry to ask again.", cancellationToken);
}

public sealed class TaskWithdrawal(IEngineStore store, ProcessRunner runner)
{
    public async Task WithdrawAsync(Guid? requestId, string reason, CancellationToken cancellationToken)
    {
        // An ended instance waits for no task (WithdrawTask would change nothing), e.g. the tasks Tasking cancels
        // because the instance ended: its facts are not read for nothing.
        if (requestId is { } request && await store.InstanceByRequestAsync(request, cancellationToken) is { State: InstanceState.Running } instance)
        {
            await runner.RunAsync(instance, (graph, context) => instance.WithdrawTask(request, reason, graph, context), cancellationToken);
        }
    }
}
