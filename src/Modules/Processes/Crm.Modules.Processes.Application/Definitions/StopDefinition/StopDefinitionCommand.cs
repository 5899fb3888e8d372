using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Domain.Definitions;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions.StopDefinition;

/// <summary>Stop the active process: it starts no new instances, and its periodic entry check goes.</summary>
public sealed record StopDefinitionCommand(Guid Id) : ICommand<Unit>;

internal sealed class StopDefinitionHandler(IRepository<ProcessDefinition> definitions, IEngineStore store, TimeProvider clock)
    : IRequestHandler<StopDefinitionCommand, Unit>
{
    public async Task<Unit> Handle(StopDefinitionCommand command, CancellationToken cancellationToken)
    {
        var definition = await definitions.ForUpdateAsync(command.Id, cancellationToken);
        definition.Stop(clock.GetUtcNow().UtcDateTime);
        await store.RemovePeriodicChecksAsync(definition.Id, cancellationToken);
        return Unit.Value;
    }
}
