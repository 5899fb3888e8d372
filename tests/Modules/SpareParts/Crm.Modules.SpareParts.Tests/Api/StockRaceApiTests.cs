using System.Net;
using Crm.Modules.SpareParts.Application.CustomerOrders;
using Crm.Modules.SpareParts.Application.Stock;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>
/// The races: reserves for the last unit at once (one host and two replicas on one database) — exactly one wins and
/// stock never goes negative; a receipt posted while an order is cancelled neither loses nor doubles a reserve, and the
/// order that could not take its fill does not undo the others'.
/// </summary>
public abstract class StockRaceApiTests(ApiFixture app)
{
    private const int Racers = 6;

    [Fact]
    public async Task Reserves_racing_for_the_last_unit_one_wins_the_others_are_told_stock_is_short() =>
        await RaceForTheLastUnitAsync(_ => app.Administrator);

    [Fact]
    public async Task Two_hosts_reserving_the_last_unit_at_once_one_wins_and_stock_never_goes_negative()
    {
        await using var second = app.CreateFactory(); // another replica on the same database
        var other = second.ClientFor(app.AdministratorId, "Main Administrator");
        await RaceForTheLastUnitAsync(i => i % 2 == 0 ? app.Administrator : other);
    }

    [Fact]
    public async Task A_receipt_posted_while_an_order_is_cancelled_neither_loses_nor_doubles_a_reserve_and_the_other_orders_keep_their_fill()
    {
        for (var round = 0; round < 3; round++)
        {
            var part = await app.PartAsync();
            var store = await app.WarehouseAsync();
            var deadline = app.Clock.GetUtcNow().AddDays(1);
            var cancelled = await app.PostedAsync(store, (part.Id, 2m, deadline));
            var kept = await app.PostedAsync(store, (part.Id, 2m, deadline.AddHours(1)));
            var receipt = await app.WriteReceiptAsync(store, (part.Id, 3m));

            var results = await Task.WhenAll(
                Task.Run(() => app.Administrator.PostAsync($"{StockApi.Root}/goods-receipts/{receipt.Id}/post", null)),
                Task.Run(() => app.ActAsync(cancelled.Id, "cancel")));

            Assert.All(results, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
            var (gone, stays) = (await app.OrderAsync(cancelled.Id), await app.OrderAsync(kept.Id));
            Assert.Equal((CustomerOrderStatus.Cancelled, 0m), (gone.Status, gone.Lines[0].Reserved));
            Assert.True(stays.Lines[0].Reserved >= 1m, $"The kept order got {stays.Lines[0].Reserved}");
            Assert.Equal(new WarehouseStockDto(store, 3m, stays.Lines[0].Reserved, 3m - stays.Lines[0].Reserved), await app.StockAsync(part.Id, store));
        }
    }

    private async Task RaceForTheLastUnitAsync(Func<int, HttpClient> clientOf)
    {
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        var orders = new List<CustomerOrderDto>();
        for (var i = 0; i < Racers; i++)
        {
            orders.Add(await app.PostedAsync(store, (part.Id, 1m, app.Clock.GetUtcNow().AddDays(1))));
        }

        await app.CountAsync(part.Id, store, 1m); // the last unit, found at a stocktake: no receipt fills the reserves for them

        var answers = await Task.WhenAll(orders.Select((o, i) => Task.Run(() => app.ActAsync(o.Id, $"lines/{o.Lines[0].Id}/reserve", client: clientOf(i)))));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.OK))
        {
            Assert.Equal("stock.insufficient", (await refused.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        }

        Assert.Equal(new WarehouseStockDto(store, 1m, 1m, 0m), await app.StockAsync(part.Id, store));
        Assert.Equal(1m, (await Task.WhenAll(orders.Select(o => app.OrderAsync(o.Id)))).Sum(o => o.Lines[0].Reserved));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class StockRaceApiSqliteTests(SqliteApi app) : StockRaceApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class StockRaceApiPostgresTests(PostgresApi app) : StockRaceApiTests(app), IClassFixture<PostgresApi>;
