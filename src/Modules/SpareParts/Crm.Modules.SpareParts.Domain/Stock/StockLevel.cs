using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Stock.Rules;
using Crm.Modules.SpareParts.Domain.Warehouses;

namespace Crm.Modules.SpareParts.Domain.Stock;

public readonly record struct StockLevelId(Guid Value) : ITypedId;

/// <summary>Who changed stock, when, and for which document (a receipt, a customer order, a sale).</summary>
public sealed record StockActor(Guid EmployeeId, DateTime AtUtc, string? DocumentType = null, Guid? DocumentId = null);

/// <summary>
/// One part in one warehouse: what is on hand and what of it is reserved for customer orders. Available (on hand −
/// reserved) never goes below zero: a reserve or a sale beyond it is refused, so two reserves racing for the last unit
/// cannot both win (the version check makes the second writer read again). Every change returns its movement.
/// </summary>
public sealed class StockLevel : AggregateRoot<StockLevelId>
{
    private StockLevel()
    {
    }

    public PartId PartId { get; private set; }

    public WarehouseId WarehouseId { get; private set; }

    public decimal OnHand { get; private set; }

    public decimal Reserved { get; private set; }

    public decimal Available => OnHand - Reserved;

    public static StockLevel Open(PartId part, WarehouseId warehouse) => new() { Id = new StockLevelId(Guid.NewGuid()), PartId = part, WarehouseId = warehouse };

    /// <summary>Goods came in (a goods receipt).</summary>
    public StockMovement Receive(decimal quantity, StockActor by) => Move(MovementKind.Receipt, quantity, quantity, 0, by);

    /// <summary>Part of what is available is held for a customer order.</summary>
    public StockMovement Reserve(decimal quantity, StockActor by)
    {
        CheckRule(new ReserveMustFitAvailableRule(Available, quantity));
        return Move(MovementKind.Reserve, quantity, 0, quantity, by);
    }

    /// <summary>A reserve given back (an order cancelled, a reserve released).</summary>
    public StockMovement Release(decimal quantity, StockActor by)
    {
        CheckRule(new ReleaseMustFitReservedRule(Reserved, quantity));
        return Move(MovementKind.Release, quantity, 0, -quantity, by);
    }

    /// <summary>Reserved goods handed to the client: they leave both on hand and reserved.</summary>
    public StockMovement SellReserved(decimal quantity, StockActor by)
    {
        CheckRule(new ReleaseMustFitReservedRule(Reserved, quantity));
        return Move(MovementKind.Sale, quantity, -quantity, -quantity, by);
    }

    /// <summary>Goods sold straight from what is available (a sale without an order's reserve, e.g. from a cart).</summary>
    public StockMovement SellAvailable(decimal quantity, StockActor by)
    {
        CheckRule(new ReserveMustFitAvailableRule(Available, quantity));
        return Move(MovementKind.Sale, quantity, -quantity, 0, by);
    }

    /// <summary>A sold line brought back to the shelf.</summary>
    public StockMovement Return(decimal quantity, StockActor by) => Move(MovementKind.Return, quantity, quantity, 0, by);

    /// <summary>A stocktake: on hand becomes what was counted; it may not fall below what is reserved.</summary>
    public StockMovement Count(decimal counted, StockActor by)
    {
        CheckRule(new CountMustCoverReservedRule(Reserved, counted));
        return Move(MovementKind.Adjustment, counted - OnHand, counted - OnHand, 0, by);
    }

    private StockMovement Move(MovementKind kind, decimal quantity, decimal onHandChange, decimal reservedChange, StockActor by)
    {
        OnHand += onHandChange;
        Reserved += reservedChange;
        return StockMovement.Record(this, kind, quantity, by);
    }
}
