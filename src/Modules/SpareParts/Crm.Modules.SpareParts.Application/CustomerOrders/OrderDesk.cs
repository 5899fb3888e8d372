using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Stock;
using Crm.Modules.SpareParts.Contracts;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Sales;
using Crm.Modules.SpareParts.Domain.Stock;

namespace Crm.Modules.SpareParts.Application.CustomerOrders;

/// <summary>
/// What an employee's request and a process's action both do to a customer order: the order's change and the same
/// quantities on its warehouse's stock levels, in one transaction. The order decides (its rules), the stock refuses
/// to go below zero.
/// </summary>
public sealed class OrderDesk(StockDesk stock, IUnitOfWorkLocator unitOfWorks)
{
    public const string DocumentType = "customer-order";

    /// <summary>Posts the order, reserving for each line what is available now.</summary>
    public async Task PostAsync(CustomerOrder order, Guid by, DateTime nowUtc, CancellationToken ct)
    {
        var levels = await stock.LevelsAsync(order.Lines.Select(l => l.PartId), order.WarehouseId, ct);
        var actor = Actor(order, by, nowUtc);
        order.Post(line =>
        {
            var take = levels.TryGetValue(line.PartId, out var level) ? Math.Min(level.Available, line.Missing) : 0;
            if (take > 0)
            {
                stock.Record(level!.Reserve(take, actor));
            }

            return Math.Max(take, 0);
        }, nowUtc);
    }

    public async Task CancelAsync(CustomerOrder order, Guid by, DateTime nowUtc, CancellationToken ct)
    {
        var released = order.Cancel(nowUtc);
        await stock.ReleaseAsync(order.WarehouseId, released.Select(r => new PartQuantity(r.Line.PartId, r.Reserved)).ToList(), Actor(order, by, nowUtc), ct);
    }

    /// <summary>Reserves <paramref name="quantity"/> for a line (all it misses that is available when not given).</summary>
    public async Task SetReserveAsync(CustomerOrder order, Guid lineId, decimal? quantity, Guid by, DateTime nowUtc, CancellationToken ct)
    {
        var line = order.Line(lineId);
        var level = (await stock.LevelsAsync([line.PartId], order.WarehouseId, ct)).GetValueOrDefault(line.PartId) ?? StockLevel.Open(line.PartId, order.WarehouseId);
        var take = quantity ?? Math.Min(Math.Max(level.Available, 0), line.Missing);
        stock.Record(level.Reserve(take, Actor(order, by, nowUtc))); // refused (stock.insufficient) before the order changes
        order.Fill(lineId, take, byReceipt: false, nowUtc);
    }

    /// <summary>Gives a line's reserve back to stock; the line then awaits supply (by its deadline or <paramref name="newDeadlineUtc"/>).</summary>
    public async Task ReleaseAsync(CustomerOrder order, Guid lineId, DateTime? newDeadlineUtc, Guid by, DateTime nowUtc, CancellationToken ct)
    {
        var line = order.Line(lineId);
        var released = order.Release(lineId, newDeadlineUtc, nowUtc);
        if (released > 0)
        {
            await stock.ReleaseAsync(order.WarehouseId, [new PartQuantity(line.PartId, released)], Actor(order, by, nowUtc), ct);
        }
    }

    /// <summary>
    /// Fills the order's waiting lines from a receipt's goods: up to what was planned for each line, what it still misses
    /// and what is available now (a concurrent reserve may have taken some). Answers how much was reserved.
    /// </summary>
    public async Task<decimal> FillAsync(CustomerOrder order, IReadOnlyDictionary<Guid, decimal> plan, Guid by, DateTime nowUtc, CancellationToken ct)
    {
        if (order.Status != CustomerOrderStatus.Posted)
        {
            return 0; // cancelled or sold meanwhile: its share stays available
        }

        var lines = order.Lines.Where(l => plan.ContainsKey(l.Id) && !l.IsReserved).ToList();
        var levels = await stock.LevelsAsync(lines.Select(l => l.PartId), order.WarehouseId, ct);
        var actor = Actor(order, by, nowUtc);
        var filled = 0m;
        foreach (var line in lines)
        {
            var take = levels.TryGetValue(line.PartId, out var level) ? Math.Min(Math.Min(plan[line.Id], line.Missing), level.Available) : 0;
            if (take > 0)
            {
                stock.Record(level!.Reserve(take, actor));
                order.Fill(line.Id, take, byReceipt: true, nowUtc);
                filled += take;
            }
        }

        return filled;
    }

    /// <summary>Sells the order's reserved goods: the sale is returned for the caller to add.</summary>
    public async Task<Sale> SellAsync(CustomerOrder order, Guid by, DateTime nowUtc, CancellationToken ct)
    {
        var sale = Sale.Complete(new SaleId(Guid.NewGuid()), order.WarehouseId, order.ClientId, order.Id.Value,
            order.Lines.Select(l => new SaleLineSpec(l.PartId, l.Unit, l.Quantity, l.Price)).ToList(), by, nowUtc);
        order.MarkSold(sale.Id.Value, nowUtc);
        await stock.SellReservedAsync(order.WarehouseId, order.Lines.Select(l => new PartQuantity(l.PartId, l.Quantity)).ToList(),
            new StockActor(by, nowUtc, "sale", sale.Id.Value), ct);

        // For other modules (Quality's surveys after a parts sale), in the sale's commit; its facts come from its domain event.
        unitOfWorks.For(typeof(OrderDesk)).Publish(new PartsSaleCompletedIntegrationEvent(sale.Id.Value, order.ClientId, order.ManagerId, by, nowUtc));
        return sale;
    }

    private static StockActor Actor(CustomerOrder order, Guid by, DateTime nowUtc) => new(by, nowUtc, DocumentType, order.Id.Value);
}
