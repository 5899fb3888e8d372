using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Stock;
using Crm.Modules.SpareParts.Domain.Warehouses;

namespace Crm.Modules.SpareParts.Application.Stock;

/// <summary>A quantity of one part, e.g. a line to sell or to put back.</summary>
public sealed record PartQuantity(PartId PartId, decimal Quantity);

/// <summary>
/// The one way stock changes: each change goes through the stock level (which refuses to go below zero) and writes
/// its movement, in the caller's transaction. Carts and process actions reuse it (e.g. <see cref="SellAvailableAsync"/>
/// for a sale straight from a cart).
/// </summary>
public sealed class StockDesk(IRepository<StockLevel> levels, IRepository<StockMovement> movements)
{
    /// <summary>The tracked levels of these parts in the warehouse; a part never stocked there has none.</summary>
    public async Task<Dictionary<PartId, StockLevel>> LevelsAsync(IEnumerable<PartId> parts, WarehouseId warehouse, CancellationToken ct)
    {
        var ids = parts.Distinct().ToList();
        return (await levels.ListAsync(new StockLevelsSpec(ids, warehouse), ct)).ToDictionary(l => l.PartId);
    }

    /// <summary>Goods in: each line onto its level (opened on the first receipt of the part in the warehouse).</summary>
    public async Task ReceiveAsync(WarehouseId warehouse, IReadOnlyList<PartQuantity> lines, StockActor by, CancellationToken ct)
    {
        var known = await LevelsAsync(lines.Select(l => l.PartId), warehouse, ct);
        foreach (var line in lines)
        {
            if (!known.TryGetValue(line.PartId, out var level))
            {
                known[line.PartId] = level = StockLevel.Open(line.PartId, warehouse);
                levels.Add(level); // two first receipts at once: one insert loses on the unique key and its command runs again
            }

            Record(level.Receive(line.Quantity, by));
        }
    }

    /// <summary>Sells from what is available, not from a reserve (a sale straight from a cart); refused where stock is short.</summary>
    public async Task SellAvailableAsync(WarehouseId warehouse, IReadOnlyList<PartQuantity> lines, StockActor by, CancellationToken ct)
    {
        var known = await LevelsAsync(lines.Select(l => l.PartId), warehouse, ct);
        foreach (var line in lines)
        {
            Record((known.GetValueOrDefault(line.PartId) ?? StockLevel.Open(line.PartId, warehouse)).SellAvailable(line.Quantity, by));
        }
    }

    /// <summary>Takes reserved goods out of stock (a customer order's sale).</summary>
    public async Task SellReservedAsync(WarehouseId warehouse, IReadOnlyList<PartQuantity> lines, StockActor by, CancellationToken ct)
    {
        var known = await LevelsAsync(lines.Select(l => l.PartId), warehouse, ct);
        foreach (var line in lines)
        {
            Record((known.GetValueOrDefault(line.PartId) ?? StockLevel.Open(line.PartId, warehouse)).SellReserved(line.Quantity, by));
        }
    }

    /// <summary>Gives reserves back (an order cancelled, a line released).</summary>
    public async Task ReleaseAsync(WarehouseId warehouse, IReadOnlyList<PartQuantity> lines, StockActor by, CancellationToken ct)
    {
        var known = await LevelsAsync(lines.Select(l => l.PartId), warehouse, ct);
        foreach (var line in lines)
        {
            Record((known.GetValueOrDefault(line.PartId) ?? StockLevel.Open(line.PartId, warehouse)).Release(line.Quantity, by));
        }
    }

    /// <summary>Sold goods back on the shelf.</summary>
    public Task ReturnAsync(WarehouseId warehouse, PartQuantity line, StockActor by, CancellationToken ct) =>
        ChangeAsync(warehouse, line.PartId, level => level.Return(line.Quantity, by), ct);

    /// <summary>A stocktake's count of one part.</summary>
    public Task CountAsync(WarehouseId warehouse, PartId part, decimal counted, StockActor by, CancellationToken ct) =>
        ChangeAsync(warehouse, part, level => level.Count(counted, by), ct);

    public void Record(StockMovement movement) => movements.Add(movement);

    private async Task ChangeAsync(WarehouseId warehouse, PartId part, Func<StockLevel, StockMovement> change, CancellationToken ct)
    {
        var known = await LevelsAsync([part], warehouse, ct);
        if (!known.TryGetValue(part, out var level))
        {
            levels.Add(level = StockLevel.Open(part, warehouse));
        }

        Record(change(level));
    }
}

public sealed class StockLevelsSpec : Specification<StockLevel>
{
    public StockLevelsSpec(IReadOnlyCollection<PartId> parts, WarehouseId warehouse) =>
        Query.Where(l => l.WarehouseId == warehouse && parts.Contains(l.PartId)).AsTracking();
}
