using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances.CancelInstance;

/// <summary>An administrator cancels a running instance, with a reason.</summary>
public sealed record CancelInstanceCommand(Guid InstanceId, string? Reason) : ICommand<Unit>;

internal sealed class CancelInstanceHandler(IEngineStore store, ProcessRunner runner) : IRequestHandler<CancelInstanceCommand, Unit>
{
    public async Task<Unit> Handle(CancelInstanceCommand command, CancellationToken cancellationToken)
    {
        var instance = await store.ForUpdateAsync(command.InstanceId, cancellationToken);
        await runner.RunAsync(instance, (graph, context) => instance.Cancel(command.Reason ?? "Cancelled by an administrator.", graph, context), cancellationToken);
        return Unit.Value;
    }
}
