using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances.RetryIncident;

/// <summary>After an incident: run the failed step again with fresh attempts.</summary>
public sealed record RetryIncidentCommand(Guid InstanceId) : ICommand<Unit>;

internal sealed class RetryIncidentHandler(IEngineStore store, ProcessRunner runner) : IRequestHandler<RetryIncidentCommand, Unit>
{
    public async Task<Unit> Handle(RetryIncidentCommand command, CancellationToken cancellationToken)
    {
        var instance = await store.ForUpdateAsync(command.InstanceId, cancellationToken);
        await runner.RunAsync(instance, instance.RetryIncident, cancellationToken);
        return Unit.Value;
    }
}
