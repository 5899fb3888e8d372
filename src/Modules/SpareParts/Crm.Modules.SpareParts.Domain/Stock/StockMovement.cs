using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Warehouses;

namespace Crm.Modules.SpareParts.Domain.Stock;

public readonly record struct StockMovementId(Guid Value) : ITypedId;

public enum MovementKind
{
    Receipt,
    Reserve,
    Release,
    Sale,
    Return,
    Adjustment,
}

/// <summary>
/// One change of a stock level, never changed afterwards: what happened, how much, the level after it, who did it,
/// when and for which document. <see cref="Key"/> (the moment's ticks, then the id) orders the journal for paging.
/// </summary>
public sealed class StockMovement : AggregateRoot<StockMovementId>
{
    public const int DocumentTypeMaxLength = 32;
    public const int KeyLength = 52;

    private StockMovement()
    {
        Key = string.Empty;
    }

    public PartId PartId { get; private set; }

    public WarehouseId WarehouseId { get; private set; }

    public MovementKind Kind { get; private set; }

    /// <summary>How much moved: positive, except a stocktake's count below what was on hand.</summary>
    public decimal Quantity { get; private set; }

    public decimal OnHandAfter { get; private set; }

    public decimal ReservedAfter { get; private set; }

    public Guid ByEmployeeId { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string? DocumentType { get; private set; }

    public Guid? DocumentId { get; private set; }

    public string Key { get; private set; }

    internal static StockMovement Record(StockLevel level, MovementKind kind, decimal quantity, StockActor by)
    {
        var id = Guid.NewGuid();
        var at = Guard.Utc(by.AtUtc, nameof(by.AtUtc));
        return new StockMovement
        {
            Id = new StockMovementId(id), PartId = level.PartId, WarehouseId = level.WarehouseId, Kind = kind, Quantity = quantity,
            OnHandAfter = level.OnHand, ReservedAfter = level.Reserved, ByEmployeeId = by.EmployeeId, AtUtc = at,
            DocumentType = by.DocumentType, DocumentId = by.DocumentId, Key = $"{at.Ticks:D19}-{id:N}",
        };
    }
}
