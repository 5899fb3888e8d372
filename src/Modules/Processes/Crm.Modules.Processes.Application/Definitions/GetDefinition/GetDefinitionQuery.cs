using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Domain.Definitions;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions.GetDefinition;

public sealed record GetDefinitionQuery(Guid Id) : IQuery<DefinitionDto>;

internal sealed class GetDefinitionHandler(IReadRepository<ProcessDefinition> definitions, IReadRepository<ProcessVersion> versions)
    : IRequestHandler<GetDefinitionQuery, DefinitionDto>
{
    public async Task<DefinitionDto> Handle(GetDefinitionQuery query, CancellationToken cancellationToken)
    {
        var definition = await definitions.GetAsync(query.Id, cancellationToken);
        return DefinitionDto.From(definition, await versions.ListAsync(new VersionsOfSpec(definition.Id), cancellationToken));
    }
}
