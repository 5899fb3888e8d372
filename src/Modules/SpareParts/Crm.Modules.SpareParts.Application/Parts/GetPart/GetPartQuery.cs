using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Parts.GetPart;

/// <summary>A part's card.</summary>
public sealed record GetPartQuery(Guid Id) : IQuery<PartDto>;

internal sealed class GetPartHandler(IReadRepository<Part> parts) : IRequestHandler<GetPartQuery, PartDto>
{
    public async Task<PartDto> Handle(GetPartQuery query, CancellationToken cancellationToken) =>
        (await parts.GetAsync(query.Id, cancellationToken)).ToDto();
}
