using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Stock;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Stock.GetStock;

/// <summary>A part's stock per warehouse: on hand, reserved, available; 404 for an unknown part.</summary>
public sealed record GetStockQuery(Guid PartId) : IQuery<StockDto>;

internal sealed class GetStockHandler(IReadRepository<Part> parts, IReadRepository<StockLevel> levels) : IRequestHandler<GetStockQuery, StockDto>
{
    public async Task<StockDto> Handle(GetStockQuery query, CancellationToken cancellationToken)
    {
        var part = await parts.GetAsync(query.PartId, cancellationToken);
        var rows = (await levels.ListAsync(new StockOfPartSpec(part.Id), cancellationToken))
            .Select(l => new WarehouseStockDto(l.WarehouseId.Value, l.OnHand, l.Reserved, l.Available)).ToList();
        return new StockDto(part.Id.Value, part.Unit, rows.Sum(r => r.OnHand), rows.Sum(r => r.Reserved), rows.Sum(r => r.Available), rows);
    }
}

public sealed class StockOfPartSpec : Specification<StockLevel>
{
    public StockOfPartSpec(PartId part) => Query.Where(l => l.PartId == part);
}
