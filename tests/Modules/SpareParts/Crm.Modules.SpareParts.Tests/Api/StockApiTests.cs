using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.SpareParts.Application.Stock;
using Crm.Modules.SpareParts.Domain.Stock;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>Stock per part and warehouse: a receipt adds it, a stocktake counts it, every change is a movement with who and when, paged newest first.</summary>
public abstract class StockApiTests(ApiFixture app)
{
    [Fact]
    public async Task A_posted_receipt_adds_stock_and_every_change_is_a_movement_with_who_and_when_paged_newest_first()
    {
        var part = await app.PartAsync(unit: "l");
        var store = await app.WarehouseAsync();
        var receipt = await app.ReceiveAsync(store, (part.Id, 4.5m), (part.Id, 0.25m));
        Assert.Equal("Posted", receipt.Status.ToString());
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await app.CountAsync(part.Id, store, 4m);

        Assert.Equal(new WarehouseStockDto(store, 4m, 0m, 4m), await app.StockAsync(part.Id, store));
        var first = await (await app.Administrator.GetAsync($"{StockApi.Root}/stock/{part.Id}/movements?limit=2")).ReadAsync<KeysetPage<StockMovementDto>>();
        Assert.Equal([MovementKind.Adjustment, MovementKind.Receipt], first.Items.Select(m => m.Kind));
        Assert.Equal((-0.75m, 4m), (first.Items[0].Quantity, first.Items[0].OnHandAfter));
        Assert.Equal((app.AdministratorId, app.Clock.GetUtcNow()), (first.Items[0].ById, first.Items[0].At));
        Assert.Equal((app.AdministratorId, receipt.PostedAt!.Value), (first.Items[1].ById, first.Items[1].At));
        var rest = await (await app.Administrator.GetAsync($"{StockApi.Root}/stock/{part.Id}/movements?limit=2&cursor={first.NextCursor}")).ReadAsync<KeysetPage<StockMovementDto>>();
        Assert.Equal(receipt.Id, Assert.Single(rest.Items).DocumentId);
        Assert.Null(rest.NextCursor);
        Assert.Equal(3, first.Items.Concat(rest.Items).Select(m => m.Id).Distinct().Count());
    }

    [Theory]
    [InlineData("lines[0].quantity", "pcs", 1.5)]
    [InlineData("lines[0].quantity", "pcs", 0.0)]
    [InlineData("lines[0].quantity", "l", -1.0)]
    [InlineData("lines[0].quantity", "l", 0.0005)]
    public async Task A_quantity_the_unit_cannot_hold_is_a_400_naming_the_line(string field, string unit, double quantity)
    {
        var part = await app.PartAsync(unit);
        var store = await app.WarehouseAsync();
        var response = await app.Administrator.PostJsonAsync($"{StockApi.Root}/goods-receipts", new { supplier = "S", warehouseId = store, lines = new[] { new { partId = part.Id, quantity = (decimal)quantity } } });
        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field));
    }

    [Fact]
    public async Task Unknown_parts_and_warehouses_are_named_and_posting_twice_is_a_409()
    {
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        var unknownPart = await app.Administrator.PostJsonAsync($"{StockApi.Root}/goods-receipts", new { supplier = "S", warehouseId = store, lines = new[] { new { partId = Guid.NewGuid(), quantity = 1m } } });
        Assert.NotEmpty((await unknownPart.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("lines[0].partId"));
        var unknownStore = await app.Administrator.PostJsonAsync($"{StockApi.Root}/goods-receipts", new { supplier = "S", warehouseId = Guid.NewGuid(), lines = new[] { new { partId = part.Id, quantity = 1m } } });
        Assert.NotEmpty((await unknownStore.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("warehouseId"));
        await (await app.Administrator.GetAsync($"{StockApi.Root}/stock/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);

        var receipt = await app.ReceiveAsync(store, (part.Id, 2m));
        Assert.Equal("goods-receipt.posted", (await (await app.Administrator.PostAsync($"{StockApi.Root}/goods-receipts/{receipt.Id}/post", null)).ProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal(2m, (await app.StockAsync(part.Id, store)).OnHand);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class StockApiSqliteTests(SqliteApi app) : StockApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class StockApiPostgresTests(PostgresApi app) : StockApiTests(app), IClassFixture<PostgresApi>;
