using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Domain.Definitions;
using MediatR;

namespace Crm.Modules.Processes.Application.Definitions.GetVersion;

public sealed record GetVersionQuery(Guid Id, int Number) : IQuery<VersionDto>;

internal sealed class GetVersionHandler(IReadRepository<ProcessVersion> versions) : IRequestHandler<GetVersionQuery, VersionDto>
{
    public async Task<VersionDto> Handle(GetVersionQuery query, CancellationToken cancellationToken)
    {
        var version = await versions.FirstOrNotFoundAsync(
            new VersionsOfSpec(new ProcessDefinitionId(query.Id), query.Number), "Process version", $"{query.Id}/{query.Number}", cancellationToken);
        return new VersionDto(query.Id, version.Number, version.CreatedAtUtc, version.Document);
    }
}
