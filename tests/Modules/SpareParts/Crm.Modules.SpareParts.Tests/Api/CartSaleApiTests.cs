using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.SpareParts.Application.CustomerOrders;
using Crm.Modules.SpareParts.Application.Sales;
using Crm.Modules.SpareParts.Application.Stock;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.SpareParts.Domain.Stock;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>
/// A sale from a cart (ADR 0085): straight from the cart, from the warehouse's available stock (a line short of stock
/// is refused by name, nothing sold; once, then 409), and the chain cart → customer order → sale → stock, the
/// stock and its movements read through the API.
/// </summary>
public abstract class CartSaleApiTests(ApiFixture app)
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task A_cart_sold_takes_available_stock_closes_naming_the_sale_and_a_line_short_of_stock_sells_nothing()
    {
        var (filter, oil) = (await app.NewPartAsync("pcs", 12.5m), await app.NewPartAsync("l", 8m));
        var store = await app.WarehouseAsync();
        await app.ReceiveAsync(store, (filter.Id, 3m));
        var cart = await app.OpenCartAsync(new
        {
            sourceKind = "contact", sourceId = Guid.NewGuid(),
            lines = new object[] { new { partId = filter.Id, quantity = 2m }, new { partId = oil.Id, quantity = 1.5m } },
        });
        var client = Guid.NewGuid();

        var missing = await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/sale", new { clientId = client });
        Assert.NotEmpty((await missing.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("warehouseId"));
        var shortOfOil = await (await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/sale", new { warehouseId = store, clientId = client })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("cart.line-short-of-stock", shortOfOil.Code());
        Assert.Contains(oil.Article, shortOfOil.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(new WarehouseStockDto(store, 3m, 0m, 3m), await app.StockAsync(filter.Id, store));
        Assert.Equal(CartState.Open, (await app.CartWhenAsync(cart.Id, _ => true, "the cart")).State);

        await app.ReceiveAsync(store, (oil.Id, 2m));
        app.Clock.Advance(Minute); // the journal orders by moment: the sale after the receipts
        var sold = await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/sale", new { warehouseId = store, clientId = client }, cart.Version);
        var sale = await sold.ReadAsync<SaleDto>(HttpStatusCode.Created);
        Assert.Equal($"/api/spare-parts/sales/{sale.Id}", sold.Headers.Location?.OriginalString);
        Assert.Equal([(filter.Id, 2m), (oil.Id, 1.5m)], sale.Lines.Select(l => (l.PartId, l.Quantity)));
        Assert.Equal((37m, (Guid?)client, (Guid?)null), (sale.Total, sale.ClientId, sale.CustomerOrderId));
        var closed = await app.CartWhenAsync(cart.Id, _ => true, "the sold cart");
        Assert.Equal((CartState.Sold, (Guid?)sale.Id), (closed.State, closed.SaleId));
        Assert.NotNull(closed.ClosedAt);
        Assert.Equal(new WarehouseStockDto(store, 1m, 0m, 1m), await app.StockAsync(filter.Id, store));
        Assert.Equal(new WarehouseStockDto(store, 0.5m, 0m, 0.5m), await app.StockAsync(oil.Id, store));

        var again = await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/sale", new { warehouseId = store, clientId = client });
        Assert.Equal("cart.sold", (await again.ProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal(1m, (await app.StockAsync(filter.Id, store)).OnHand);
        var movements = await MovementsAsync(filter.Id, store);
        Assert.Equal((MovementKind.Sale, 2m, 1m, (Guid?)sale.Id), (movements[0].Kind, movements[0].Quantity, movements[0].OnHandAfter, movements[0].DocumentId));
    }

    [Fact]
    public async Task Cart_to_order_to_sale_the_reserved_goods_leave_stock_and_the_movements_tell_it()
    {
        var part = await app.NewPartAsync("pcs", 20m);
        var store = await app.WarehouseAsync();
        await app.ReceiveAsync(store, (part.Id, 5m));
        var cart = await app.OpenCartAsync(new { sourceKind = "contact", sourceId = Guid.NewGuid(), lines = new[] { new { partId = part.Id, quantity = 2m } } });

        var draft = await (await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/order", new { clientId = Guid.NewGuid(), warehouseId = store }))
            .ReadAsync<CustomerOrderDto>(HttpStatusCode.Created);
        app.Clock.Advance(Minute);
        var order = await (await app.ActAsync(draft.Id, "post")).ReadAsync<CustomerOrderDto>();
        Assert.Equal(2m, order.Lines[0].Reserved);
        Assert.Equal(new WarehouseStockDto(store, 5m, 2m, 3m), await app.StockAsync(part.Id, store));
        app.Clock.Advance(Minute);
        var sale = await (await app.Administrator.PostJsonAsync($"{StockApi.Root}/sales", new { customerOrderId = order.Id })).ReadAsync<SaleDto>(HttpStatusCode.Created);

        Assert.Equal((order.Id, 40m), (sale.CustomerOrderId!.Value, sale.Total));
        Assert.Equal(new WarehouseStockDto(store, 3m, 0m, 3m), await app.StockAsync(part.Id, store));
        var movements = await MovementsAsync(part.Id, store);
        Assert.Equal(
            [(MovementKind.Sale, 3m, 0m, (Guid?)sale.Id), (MovementKind.Reserve, 5m, 2m, order.Id), (MovementKind.Receipt, 5m, 0m, movements[2].DocumentId)],
            movements.Select(m => (m.Kind, m.OnHandAfter, m.ReservedAfter, m.DocumentId)).ToList());
        var moscow = await app.ReaderAsync("Europe/Moscow"); // moments in the reader's zone
        var shown = await (await moscow.GetAsync($"{StockApi.Root}/sales/{sale.Id}")).ReadAsync<SaleDto>();
        var journal = await (await moscow.GetAsync($"{StockApi.Root}/stock/{part.Id}/movements?warehouseId={store}")).ReadAsync<KeysetPage<StockMovementDto>>();
        Assert.Equal((TimeSpan.FromHours(3), sale.SoldAt, TimeSpan.FromHours(3)), (shown.SoldAt.Offset, shown.SoldAt, journal.Items[0].At.Offset));
    }

    private async Task<IReadOnlyList<StockMovementDto>> MovementsAsync(Guid part, Guid store) =>
        (await (await app.Administrator.GetAsync($"{StockApi.Root}/stock/{part}/movements?warehouseId={store}")).ReadAsync<KeysetPage<StockMovementDto>>()).Items;
}

[Trait("Provider", "Sqlite")]
public sealed class CartSaleApiSqliteTests(SqliteApi app) : CartSaleApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class CartSaleApiPostgresTests(PostgresApi app) : CartSaleApiTests(app), IClassFixture<PostgresApi>;
