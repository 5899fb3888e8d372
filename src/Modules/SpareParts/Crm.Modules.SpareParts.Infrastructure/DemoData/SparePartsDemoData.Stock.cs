using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Receipts;
using Crm.Modules.SpareParts.Domain.Stock;
using Crm.Modules.SpareParts.Domain.Warehouses;
using Crm.Modules.SpareParts.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.SpareParts.Infrastructure.DemoData;

/// <summary>
/// Stock in the main store for a few parts (from a posted demo receipt, so the journal shows where it came from) and
/// one late customer order: posted five days ago, its missing goods promised two days ago, so the robot's "Goods late"
/// check has something to find. The parts are the catalogue's first three when it has some, else three of its own.
/// The manager is Tasking's demo master consultant; the client id is a fixed demo id (Spare Parts keeps no copy of Sales' clients).
/// </summary>
internal static partial class SparePartsDemoData
{
    public static readonly Guid DemoClient = Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000801");

    private static readonly Guid Manager = Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000201");

    private static async Task SeedStockAsync(IServiceProvider services, SparePartsDbContext db, WarehouseId store, CancellationToken cancellationToken)
    {
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var parts = await db.Parts.OrderBy(p => p.ArticleKey).Take(3).ToListAsync(cancellationToken);
        if (parts.Count < 3)
        {
            parts =
            [
                Part.Register(new PartId(Guid.NewGuid()), new PartDetails("DEMO W 712/95", "Mann-Filter", "Oil filter", "pcs", 9.90m)),
                Part.Register(new PartId(Guid.NewGuid()), new PartDetails("DEMO 5W-30 EDGE", "Castrol", "Engine oil 5W-30", "l", 12.50m)),
                Part.Register(new PartId(Guid.NewGuid()), new PartDetails("DEMO 0 986 494 524", "Bosch", "Brake pads, front", "set", 48.00m)),
            ];
            db.Parts.AddRange(parts);
        }

        // Oil by the litre when the part is counted so; a whole number otherwise (the catalogue decides the units).
        var received = new[] { 6m, 40.5m, 2m }.Select((q, i) => PartUnits.Fits(parts[i].Unit, q) ? q : decimal.Ceiling(q)).ToArray();
        var receipt = GoodsReceipt.Write(new GoodsReceiptId(Guid.NewGuid()), "Demo wholesale", store,
            parts.Select((p, i) => new ReceiptLineSpec(p.Id, p.Unit, received[i])).ToList(), now.AddDays(-7));
        receipt.Post(Manager, now.AddDays(-7));
        db.GoodsReceipts.Add(receipt);
        var levels = parts.Select(p => StockLevel.Open(p.Id, store)).ToList();
        db.StockLevels.AddRange(levels);
        var movements = levels.Select((level, i) => level.Receive(received[i], new StockActor(Manager, now.AddDays(-7), "goods-receipt", receipt.Id.Value))).ToList();

        var pads = parts[2];
        var late = CustomerOrder.Draft(new CustomerOrderId(Guid.NewGuid()), new CustomerOrderHeader(DemoClient, Manager, store, null, null),
            [new OrderLineSpec(pads.Id, pads.Unit, 4m, pads.Price, now.AddDays(-2))], now.AddDays(-5));
        late.Post(line =>
        {
            movements.Add(levels[2].Reserve(levels[2].Available, new StockActor(Manager, now.AddDays(-5), "customer-order", late.Id.Value)));
            return received[2];
        }, now.AddDays(-5));
        db.CustomerOrders.Add(late);
        db.StockMovements.AddRange(movements);

        // Through the unit of work, so the late order is announced to processes like any other (facts in the outbox).
        using var unitOfWork = services.GetRequiredService<IUnitOfWorkLocator>().For(typeof(SparePartsDemoData)).Begin();
        await unitOfWork.CommitAsync(cancellationToken);
    }
}
