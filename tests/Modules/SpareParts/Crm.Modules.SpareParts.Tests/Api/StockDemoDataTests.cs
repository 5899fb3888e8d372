using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>In development the main store has stock of a few parts and one late customer order (its supply deadline passed, goods still missing).</summary>
[Trait("Provider", "Sqlite")]
public sealed class StockDemoDataTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_demo_store_has_stock_and_one_late_customer_order()
    {
        await using var factory = new CrmApiFactory(_database, TimeProvider.System, environment: "Development", demoData: true);
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SparePartsDbContext>();

        var store = await db.Warehouses.SingleAsync(w => w.Name == "Main store");
        var levels = await db.StockLevels.Where(l => l.WarehouseId == store.Id).ToListAsync();
        Assert.Equal(3, levels.Count);
        Assert.All(levels, l => Assert.True(l.OnHand > 0));
        var late = Assert.Single(await db.CustomerOrders.Where(o => o.Status == CustomerOrderStatus.Posted).ToListAsync());
        Assert.True(late.EarliestOpenDeadlineUtc < DateTime.UtcNow, "the late order's deadline has passed");
        Assert.Equal(late.Lines.Sum(l => l.Reserved), levels.Sum(l => l.Reserved));
        Assert.Equal(levels.Count + 1, await db.StockMovements.CountAsync()); // a receipt per part, the late order's reserve
    }
}
