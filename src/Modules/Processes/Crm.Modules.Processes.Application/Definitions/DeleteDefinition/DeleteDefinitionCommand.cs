using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Domain.Definitions;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions.DeleteDefinition;

/// <summary>Delete a draft that was never released.</summary>
public sealed record DeleteDefinitionCommand(Guid Id) : ICommand<Unit>;

internal sealed class DeleteDefinitionHandler(IRepository<ProcessDefinition> definitions) : IRequestHandler<DeleteDefinitionCommand, Unit>
{
    public async Task<Unit> Handle(DeleteDefinitionCommand command, CancellationToken cancellationToken)
    {
        var definition = await definitions.ForUpdateAsync(command.Id, cancellationToken);
        definition.Discard();
        definitions.Remove(definition);
        return Unit.Value;
    }
}
