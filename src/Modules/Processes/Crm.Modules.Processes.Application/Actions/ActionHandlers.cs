using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Processes.Domain.Runtime;

namespace Crm.Modules.Processes.Application.Actions;

/// <summary>A module reported how an action went: the instance continues, retries, or shows an incident.</summary>
internal sealed class ActionCompletedHandler(IUnitOfWorkLocator unitOfWorks, IEngineStore store, ProcessRunner runner)
    : IntegrationEventHandler<ActionCompletedIntegrationEvent>(unitOfWorks)
{
    protected override async Task HandleAsync(ActionCompletedIntegrationEvent completed, CancellationToken cancellationToken)
    {
        if (await store.InstanceByRequestAsync(completed.RequestId, cancellationToken) is { } instance)
        {
            await runner.RunAsync(
                instance, (graph, context) => instance.CompleteAction(completed.RequestId, completed.Succeeded, completed.Error, graph, context), cancellationToken);
        }
    }
}

/// <summary>A module announced what it can do: definitions may use exactly these actions.</summary>
internal sealed class ActionsOfferedHandler(IUnitOfWorkLocator unitOfWorks, IEngineStore store, TimeProvider clock)
    : IntegrationEventHandler<ActionsOfferedIntegrationEvent>(unitOfWorks)
{
    protected override Task HandleAsync(ActionsOfferedIntegrationEvent offered, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var entries = offered.Actions
            .Select(a => OfferedActionEntry.Of(offered.Module, a.Name, a.ObjectType.ToLowerInvariant(), a.Description, a.Parameters, now))
            .ToList();
        return store.ReplaceOfferedActionsAsync(offered.Module, entries, cancellationToken);
    }
}
