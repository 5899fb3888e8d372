using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.Warehouses;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Warehouses.ListWarehouses;

public sealed record WarehouseDto(Guid Id, string Name);

/// <summary>The warehouses by name: a short directory (a station has one or a few), so one page.</summary>
public sealed record ListWarehousesQuery : IQuery<IReadOnlyList<WarehouseDto>>;

internal sealed class ListWarehousesHandler(IReadRepository<Warehouse> warehouses) : IRequestHandler<ListWarehousesQuery, IReadOnlyList<WarehouseDto>>
{
    public async Task<IReadOnlyList<WarehouseDto>> Handle(ListWarehousesQuery query, CancellationToken cancellationToken) =>
        (await warehouses.ListAsync(new WarehousesByNameSpec(), cancellationToken)).Select(w => new WarehouseDto(w.Id.Value, w.Name)).ToList();
}

public sealed class WarehousesByNameSpec : Specification<Warehouse>
{
    public WarehousesByNameSpec() => Query.OrderBy(w => w.Name);
}
