using System.Net;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.SpareParts.Application.CustomerOrders;
using Crm.Modules.SpareParts.Application.Processes;
using Crm.Modules.SpareParts.Application.Sales;
using Crm.Modules.SpareParts.Application.Stock;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>
/// Customer orders: posting reserves what is available and leaves the rest awaiting supply by its deadline; a
/// receipt fills the waiting reserves by itself, oldest deadline first; cancelling releases; a sale takes the reserve.
/// </summary>
public abstract class CustomerOrderApiTests(ApiFixture app)
{
    private DateTimeOffset Days(int days) => app.Clock.GetUtcNow().AddDays(days);

    [Fact]
    public async Task Posting_reserves_what_is_in_stock_and_the_rest_awaits_supply_until_a_receipt_fills_it_by_itself()
    {
        var (filter, oil) = (await app.PartAsync(), await app.PartAsync(unit: "l"));
        var store = await app.WarehouseAsync();
        await app.ReceiveAsync(store, (filter.Id, 1m), (oil.Id, 10m));

        var order = await app.PostedAsync(store, (filter.Id, 3m, Days(2)), (oil.Id, 4.5m, null));
        Assert.Equal(CustomerOrderStatus.Posted, order.Status);
        Assert.Equal([(1m, 2m), (4.5m, 0m)], order.Lines.Select(l => (l.Reserved, l.Missing)));
        Assert.Equal((DateTimeOffset?)Days(2), order.EarliestOpenDeadline);
        var moscow = await app.ReaderAsync("Europe/Moscow"); // moments in the reader's zone
        var shown = await (await moscow.GetAsync($"{StockApi.Root}/customer-orders/{order.Id}")).ReadAsync<CustomerOrderDto>();
        Assert.Equal((TimeSpan.FromHours(3), Days(2), TimeSpan.FromHours(3)), (shown.EarliestOpenDeadline!.Value.Offset, shown.Lines[0].SupplyDeadline!.Value, shown.CreatedAt.Offset));
        Assert.Equal(new WarehouseStockDto(store, 1m, 1m, 0m), await app.StockAsync(filter.Id, store));
        Assert.Equal(5.5m, (await app.StockAsync(oil.Id, store)).Available);
        var posted = await app.FactsAsync(order.Id, SparePartsFacts.Posted);
        Assert.Equal((app.AdministratorId.ToString(), "false"), (posted.Fact("manager.id"), posted.Fact("all-in-stock")));

        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.ReceiveAsync(store, (filter.Id, 5m));
        order = await app.OrderAsync(order.Id);
        Assert.True(order.Lines.All(l => l.Missing == 0));
        Assert.Null(order.EarliestOpenDeadline);
        Assert.Equal(new WarehouseStockDto(store, 6m, 3m, 3m), await app.StockAsync(filter.Id, store));
        var arrived = await app.FactsAsync(order.Id, SparePartsFacts.LineArrived);
        Assert.Equal((2m, "true"), (decimal.Parse(arrived.Fact("line.arrived")!, System.Globalization.CultureInfo.InvariantCulture), arrived.Fact("line.on-time")));
        Assert.Equal("true", (await app.FactsAsync(order.Id, SparePartsFacts.ReserveSet)).Fact("automatic"));
        await app.FactsAsync(order.Id, SparePartsFacts.AllGoodsInStock);
    }

    [Fact]
    public async Task A_receipt_fills_the_waiting_reserves_oldest_supply_deadline_first()
    {
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        var late = await app.PostedAsync(store, (part.Id, 2m, Days(3)));
        var first = await app.PostedAsync(store, (part.Id, 2m, Days(1)));
        var second = await app.PostedAsync(store, (part.Id, 2m, Days(2)));
        var elsewhere = await app.PostedAsync(await app.WarehouseAsync(), (part.Id, 2m, Days(0)));

        await app.ReceiveAsync(store, (part.Id, 5m));

        Assert.Equal([2m, 2m, 1m, 0m], await Task.WhenAll(new[] { first, second, late, elsewhere }.Select(async o => (await app.OrderAsync(o.Id)).Lines[0].Reserved)));
        Assert.Equal(new WarehouseStockDto(store, 5m, 5m, 0m), await app.StockAsync(part.Id, store));
        Assert.Equal(CustomerOrderStatus.Posted, (await app.OrderAsync(late.Id)).Status);
    }

    [Fact]
    public async Task A_line_short_of_stock_without_a_supply_deadline_is_refused_and_reserves_nothing()
    {
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        await app.ReceiveAsync(store, (part.Id, 1m));
        var draft = await app.DraftAsync(store, (part.Id, 2m, null));

        Assert.Equal("customer-order.deadline-required", (await (await app.ActAsync(draft.Id, "post")).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Equal(CustomerOrderStatus.Draft, (await app.OrderAsync(draft.Id)).Status);
        Assert.Equal(1m, (await app.StockAsync(part.Id, store)).Available);

        var line = draft.Lines[0].Id;
        (await app.Administrator.PutAsync($"{StockApi.Root}/customer-orders/{draft.Id}/lines/{line}/supply-deadline",
            System.Net.Http.Json.JsonContent.Create(new { supplyDeadline = Days(4) }))).EnsureSuccessStatusCode();
        var stale = await app.SendWithIfMatchAsync($"customer-orders/{draft.Id}/post", new { }, draft.Version); // the deadline changed it since
        Assert.Equal("concurrency.stale", (await stale.ProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal(1m, (await app.StockAsync(part.Id, store)).Available);
        var posted = await (await app.ActAsync(draft.Id, "post")).ReadAsync<CustomerOrderDto>();
        Assert.Equal((1m, Days(4)), (posted.Lines[0].Reserved, posted.Lines[0].SupplyDeadline!.Value));
    }

    [Fact]
    public async Task Cancelling_releases_the_reserves_and_a_cancelled_order_takes_nothing_from_a_later_receipt()
    {
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        await app.ReceiveAsync(store, (part.Id, 2m));
        var order = await app.PostedAsync(store, (part.Id, 5m, Days(1)));
        Assert.Equal(0m, (await app.StockAsync(part.Id, store)).Available);

        var cancelled = await (await app.ActAsync(order.Id, "cancel")).ReadAsync<CustomerOrderDto>();
        Assert.Equal((CustomerOrderStatus.Cancelled, 0m), (cancelled.Status, cancelled.Lines[0].Reserved));
        await app.ReceiveAsync(store, (part.Id, 1m));
        Assert.Equal(new WarehouseStockDto(store, 3m, 0m, 3m), await app.StockAsync(part.Id, store));
        Assert.Equal("customer-order.status", (await (await app.ActAsync(order.Id, "cancel")).ProblemAsync(HttpStatusCode.Conflict)).Code());
        await app.FactsAsync(order.Id, SparePartsFacts.Cancelled);
    }

    [Fact]
    public async Task An_order_reserved_in_full_is_sold_its_goods_leave_stock_and_a_line_comes_back_with_a_reason()
    {
        var part = await app.PartAsync(price: 25m);
        var store = await app.WarehouseAsync();
        await app.ReceiveAsync(store, (part.Id, 3m));
        var shortOrder = await app.PostedAsync(store, (part.Id, 4m, Days(1)));
        Assert.Equal("customer-order.not-reserved",
            (await (await app.Administrator.PostJsonAsync($"{StockApi.Root}/sales", new { customerOrderId = shortOrder.Id })).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        await app.ActAsync(shortOrder.Id, "cancel");
        var order = await app.PostedAsync(store, (part.Id, 2m, null));

        var sale = await (await app.Administrator.PostJsonAsync($"{StockApi.Root}/sales", new { customerOrderId = order.Id })).ReadAsync<SaleDto>(HttpStatusCode.Created);
        Assert.Equal((order.Id, 50m, 2m), (sale.CustomerOrderId!.Value, sale.Total, sale.Lines[0].Quantity));
        Assert.Equal((CustomerOrderStatus.Sold, sale.Id), ((await app.OrderAsync(order.Id)).Status, (await app.OrderAsync(order.Id)).SaleId!.Value));
        Assert.Equal(new WarehouseStockDto(store, 1m, 0m, 1m), await app.StockAsync(part.Id, store));
        Assert.Equal(sale.Id.ToString(), (await app.FactsAsync(order.Id, SparePartsFacts.Sold)).Fact("sale.id"));

        var returned = await (await app.Administrator.PostJsonAsync($"{StockApi.Root}/sales/{sale.Id}/returns", new { lineId = sale.Lines[0].Id, quantity = 1m, reason = "Wrong size" }))
            .ReadAsync<SaleDto>();
        Assert.Equal(("Wrong size", 1m, 25m), (Assert.Single(returned.Returns).Reason, returned.Lines[0].Returned, returned.Total));
        Assert.Equal(2m, (await app.StockAsync(part.Id, store)).Available);
        var tooMany = await app.Administrator.PostJsonAsync($"{StockApi.Root}/sales/{sale.Id}/returns", new { lineId = sale.Lines[0].Id, quantity = 2m, reason = "Again" });
        Assert.Equal("sale.return-too-large", (await tooMany.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        var noReason = await app.Administrator.PostJsonAsync($"{StockApi.Root}/sales/{sale.Id}/returns", new { lineId = sale.Lines[0].Id, quantity = 1m, reason = " " });
        Assert.NotEmpty((await noReason.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reason"));
    }

    [Theory]
    [InlineData("lines[0].quantity", 0.0, 1.0)]
    [InlineData("lines[0].quantity", 1.5, 1.0)]
    [InlineData("lines[0].price", 1.0, 0.0)]
    [InlineData("lines[0].price", 1.0, -3.0)]
    public async Task Zero_fractional_and_negative_quantities_and_prices_are_400s_naming_the_field(string field, double quantity, double price)
    {
        var part = await app.PartAsync();
        var response = await app.Administrator.PostJsonAsync($"{StockApi.Root}/customer-orders", new
        {
            clientId = Guid.NewGuid(), warehouseId = await app.WarehouseAsync(), lines = new[] { new { partId = part.Id, quantity = (decimal)quantity, price = (decimal)price } },
        });
        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field));
    }

    [Fact]
    public async Task A_reserve_beyond_what_is_available_is_refused_with_a_clear_code_and_an_unknown_order_is_a_404()
    {
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        var order = await app.PostedAsync(store, (part.Id, 2m, Days(1)));
        await app.CountAsync(part.Id, store, 1m);
        var line = order.Lines[0].Id;

        Assert.Equal("stock.insufficient", (await (await app.ActAsync(order.Id, $"lines/{line}/reserve", new { quantity = 2m })).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        var reserved = await (await app.ActAsync(order.Id, $"lines/{line}/reserve")).ReadAsync<CustomerOrderDto>();
        Assert.Equal(1m, reserved.Lines[0].Reserved);
        var released = await (await app.ActAsync(order.Id, $"lines/{line}/release")).ReadAsync<CustomerOrderDto>();
        Assert.Equal(0m, released.Lines[0].Reserved);
        Assert.Equal(1m, (await app.StockAsync(part.Id, store)).Available);
        await (await app.ActAsync(Guid.NewGuid(), "post")).ProblemAsync(HttpStatusCode.NotFound);
    }
}

internal static class FactsWaiting
{
    public static async Task<FactsReportedIntegrationEvent> FactsAsync(this ApiFixture app, Guid orderId, string @event) =>
        (await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == orderId.ToString() && f.Event == @event))[0];

    /// <summary>A fact as text: strings as they are, numbers and booleans as JSON writes them.</summary>
    public static string? Fact(this FactsReportedIntegrationEvent facts, string name) =>
        facts.Facts.TryGetValue(name, out var value) ? value switch
        {
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.String } e => e.GetString(),
            System.Text.Json.JsonElement { ValueKind: System.Text.Json.JsonValueKind.Null } => null,
            System.Text.Json.JsonElement e => e.GetRawText(),
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)?.ToLowerInvariant(),
        } : "(missing)";
}

[Trait("Provider", "Sqlite")]
public sealed class CustomerOrderApiSqliteTests(SqliteApi app) : CustomerOrderApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class CustomerOrderApiPostgresTests(PostgresApi app) : CustomerOrderApiTests(app), IClassFixture<PostgresApi>;
