using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Domain.Definitions;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions.ActivateDefinition;

/// <summary>Make the draft the active version (released as a new one when it changed): new instances start with it. Answers its number.</summary>
public sealed record ActivateDefinitionCommand(Guid Id) : ICommand<int>;

internal sealed class ActivateDefinitionHandler(IRepository<ProcessDefinition> definitions, DefinitionReleases releases, DefinitionChecks checks)
    : IRequestHandler<ActivateDefinitionCommand, int>
{
    public async Task<int> Handle(ActivateDefinitionCommand command, CancellationToken cancellationToken)
    {
        var definition = await definitions.ForUpdateAsync(command.Id, cancellationToken);
        await checks.EnsureValidAsync(definition.Draft, command.Id, cancellationToken, toRun: true); // offered actions may have changed since saving
        return await releases.ActivateAsync(definition, cancellationToken);
    }
}
