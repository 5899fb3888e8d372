using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Parts.GetPart;

/// <summary>A part's card, with its analogues and, where the catalogue has one, that part's id.</summary>
public sealed record GetPartQuery(Guid Id) : IQuery<PartDto>;

internal sealed class GetPartHandler(IReadRepository<Part> parts) : IRequestHandler<GetPartQuery, PartDto>
{
    public async Task<PartDto> Handle(GetPartQuery query, CancellationToken cancellationToken)
    {
        var part = await parts.GetAsync(query.Id, cancellationToken);
        var keys = part.Analogues.Select(a => a.ArticleKey).Distinct().ToList();
        List<PartKey> catalogued = keys.Count == 0 ? [] : await parts.ListAsync(new PartKeysSpec(keys), cancellationToken);
        return part.ToDto(catalogued.ToDictionary(k => (k.ArticleKey, k.BrandKey), k => k.Id.Value));
    }
}
