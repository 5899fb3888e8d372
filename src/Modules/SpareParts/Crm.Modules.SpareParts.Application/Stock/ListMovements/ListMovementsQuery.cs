using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Stock;
using Crm.Modules.SpareParts.Domain.Warehouses;
using FluentValidation;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Stock.ListMovements;

/// <summary>A part's stock journal, newest first, a page at a time; of one warehouse when asked.</summary>
public sealed record ListMovementsQuery(Guid PartId, Guid? WarehouseId, string? Cursor, int? Limit) : IQuery<KeysetPage<StockMovementDto>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListMovementsValidator : AbstractValidator<ListMovementsQuery>
{
    public ListMovementsValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMovementsQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(SparePartsCursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
    }
}

internal sealed class ListMovementsHandler(IReadRepository<Part> parts, IReadRepository<StockMovement> movements)
    : IRequestHandler<ListMovementsQuery, KeysetPage<StockMovementDto>>
{
    public async Task<KeysetPage<StockMovementDto>> Handle(ListMovementsQuery query, CancellationToken cancellationToken)
    {
        var part = await parts.GetAsync(query.PartId, cancellationToken);
        var limit = query.Limit ?? ListMovementsQuery.DefaultLimit;
        var warehouse = query.WarehouseId is { } w ? new WarehouseId(w) : (WarehouseId?)null;
        var rows = await movements.ListAsync(new MovementsSpec(part.Id, warehouse, SparePartsCursor.Decode(query.Cursor), limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        return new KeysetPage<StockMovementDto>(
            page.Select(m => new StockMovementDto(m.Id.Value, m.WarehouseId.Value, m.Kind, m.Quantity, m.OnHandAfter, m.ReservedAfter, m.ByEmployeeId, ReaderTimeZone.Show(m.AtUtc), m.DocumentType, m.DocumentId)).ToList(),
            rows.Count > limit ? SparePartsCursor.Encode(page[^1].Key) : null);
    }
}

public sealed class MovementsSpec : Specification<StockMovement>
{
    public MovementsSpec(PartId part, WarehouseId? warehouse, string? beforeKey, int take) =>
        Query.Where(m => m.PartId == part)
            .Where(m => m.WarehouseId == warehouse, warehouse is not null)
            .Where(m => string.Compare(m.Key, beforeKey) < 0, beforeKey is not null)
            .OrderByDescending(m => m.Key)
            .Take(take);
}
