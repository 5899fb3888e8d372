using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Domain.Definitions;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions.ListDefinitions;

public sealed record ListDefinitionsQuery : IQuery<IReadOnlyList<DefinitionSummary>>;

internal sealed class ListDefinitionsHandler(IReadRepository<ProcessDefinition> definitions) : IRequestHandler<ListDefinitionsQuery, IReadOnlyList<DefinitionSummary>>
{
    public async Task<IReadOnlyList<DefinitionSummary>> Handle(ListDefinitionsQuery query, CancellationToken cancellationToken) =>
        (await definitions.ListAsync(new DefinitionsSpec(), cancellationToken))
            .Select(d => new DefinitionSummary(d.Id.Value, d.Name, d.ObjectType, d.State, d.ActiveVersion, d.HasUnreleasedChanges)).ToList();
}
