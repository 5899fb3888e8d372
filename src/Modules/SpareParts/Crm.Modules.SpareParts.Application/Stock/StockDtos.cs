using Crm.Modules.SpareParts.Domain.Stock;

namespace Crm.Modules.SpareParts.Application.Stock;

public sealed record WarehouseStockDto(Guid WarehouseId, decimal OnHand, decimal Reserved, decimal Available);

/// <summary>A part's stock in every warehouse that ever had it.</summary>
public sealed record StockDto(Guid PartId, string Unit, decimal OnHand, decimal Reserved, decimal Available, IReadOnlyList<WarehouseStockDto> Warehouses);

/// <summary>A movement of the stock journal: what, how much, the level after it, who and when (in the reader's zone), for which document.</summary>
public sealed record StockMovementDto(
    Guid Id, Guid WarehouseId, MovementKind Kind, decimal Quantity, decimal OnHandAfter, decimal ReservedAfter, Guid ById, DateTimeOffset At, string? DocumentType, Guid? DocumentId);
