using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.SpareParts.Application.Carts;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>
/// A cart through its life: opened from a contact with parts (the part's price by default), saved at its version (a
/// stale one is a 409), listed by its source, discarded, and then refusing every change with a code; bad lines are
/// 400s naming the field; a booking made from the contact discards its open carts by itself.
/// </summary>
public abstract class CartApiTests(ApiFixture app)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task A_cart_is_saved_at_its_version_listed_by_its_source_and_once_discarded_refuses_changes()
    {
        var (filter, oil) = (await app.NewPartAsync("pcs", 12.5m), await app.NewPartAsync("l", 8.4m));
        var contact = Guid.NewGuid();
        var cart = await app.OpenCartAsync(new { sourceKind = "contact", sourceId = contact, lines = new[] { new { partId = filter.Id, quantity = 2m } } });
        Assert.Equal((CartState.Open, 12.5m, 25m), (cart.State, Assert.Single(cart.Lines).Price, cart.Total));
        Assert.Equal((filter.Article, "Brake pads", "pcs"), (cart.Lines[0].Article, cart.Lines[0].Name, cart.Lines[0].Unit));

        var saved = await (await app.SendCartAsync(HttpMethod.Put, $"{cart.Id}/lines", new
        {
            lines = new object[] { new { partId = filter.Id, quantity = 1m, price = 11m }, new { partId = oil.Id, quantity = 4.5m } },
        }, cart.Version)).ReadAsync<CartDto>();
        Assert.Equal([(filter.Id, 1m, 11m), (oil.Id, 4.5m, 8.4m)], saved.Lines.Select(l => (l.PartId, l.Quantity, l.Price)));
        Assert.Equal(48.8m, saved.Total);
        var stale = await app.SendCartAsync(HttpMethod.Put, $"{cart.Id}/lines", new { lines = Array.Empty<object>() }, cart.Version);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        app.Clock.Advance(TimeSpan.FromMinutes(1)); // newest first: one moment later
        var second = await app.OpenCartAsync(new { sourceKind = "contact", sourceId = contact });
        var first = await (await app.Administrator.GetAsync($"{StationDocuments.Carts}?sourceKind=contact&sourceId={contact}&limit=1")).ReadAsync<KeysetPage<CartSummaryDto>>();
        Assert.Equal(second.Id, Assert.Single(first.Items).Id);
        var next = await (await app.Administrator.GetAsync($"{StationDocuments.Carts}?sourceKind=contact&sourceId={contact}&limit=1&cursor={first.NextCursor}"))
            .ReadAsync<KeysetPage<CartSummaryDto>>();
        Assert.Equal((cart.Id, 2, 48.8m), (Assert.Single(next.Items).Id, next.Items[0].Lines, next.Items[0].Total));
        Assert.Null(next.NextCursor);

        var discarded = await (await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/discard", new { reason = "The client buys elsewhere" }, saved.Version)).ReadAsync<CartDto>();
        Assert.Equal((CartState.Discarded, "The client buys elsewhere"), (discarded.State, discarded.DiscardReason));
        Assert.NotNull(discarded.ClosedAt);
        foreach (var change in new[]
        {
            app.SendCartAsync(HttpMethod.Put, $"{cart.Id}/lines", new { lines = Array.Empty<object>() }),
            app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/discard", new { }),
            app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/add-to-document", new { documentKind = "work-order", documentId = Guid.NewGuid() }),
        })
        {
            Assert.Equal("cart.closed", (await (await change).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        }
    }

    [Theory]
    [InlineData("sourceKind", "fridge", 1.0, 1.0, true)]
    [InlineData("lines[0].quantity", "contact", 1.5, 1.0, true)]
    [InlineData("lines[0].quantity", "contact", 0.0, 1.0, true)]
    [InlineData("lines[0].price", "contact", 1.0, -2.0, true)]
    [InlineData("lines[0].price", "contact", 1.0, 1.001, true)]
    [InlineData("lines[0].partId", "contact", 1.0, 1.0, false)]
    public async Task A_bad_cart_is_a_400_naming_the_field(string field, string sourceKind, double quantity, double price, bool knownPart)
    {
        var part = await app.NewPartAsync("pcs");
        var response = await app.Administrator.PostJsonAsync(StationDocuments.Carts, new
        {
            sourceKind, sourceId = Guid.NewGuid(), lines = new[] { new { partId = knownPart ? part.Id : Guid.NewGuid(), quantity = (decimal)quantity, price = (decimal)price } },
        });
        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field));
    }

    [Fact]
    public async Task A_cart_turned_into_an_order_gives_its_lines_to_a_draft_order_tied_to_its_work_order_and_closes_naming_it()
    {
        var (filter, oil) = (await app.NewPartAsync("pcs", 12.5m), await app.NewPartAsync("l", 8.4m));
        var store = (await (await app.Administrator.PostJsonAsync("/api/spare-parts/warehouses", new { name = $"Store {Guid.NewGuid():N}" }))
            .ReadAsync<System.Text.Json.JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var workOrder = Guid.NewGuid();
        var cart = await app.OpenCartAsync(new
        {
            sourceKind = "work-order", sourceId = workOrder,
            lines = new object[] { new { partId = filter.Id, quantity = 2m }, new { partId = oil.Id, quantity = 4.5m, price = 8m } },
        });
        var client = Guid.NewGuid();
        var deadline = app.Clock.GetUtcNow().AddDays(3);

        var missing = await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/order", new { clientId = client });
        Assert.NotEmpty((await missing.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("warehouseId"));
        var ordered = await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/order", new { clientId = client, warehouseId = store, supplyDeadline = deadline }, cart.Version);
        var order = await ordered.ReadAsync<Crm.Modules.SpareParts.Application.CustomerOrders.CustomerOrderDto>(HttpStatusCode.Created);

        Assert.Equal((client, store, (Guid?)workOrder, Crm.Modules.SpareParts.Domain.CustomerOrders.CustomerOrderStatus.Draft), (order.ClientId, order.WarehouseId, order.WorkOrderId, order.Status));
        Assert.Equal([(filter.Id, 2m, 12.5m), (oil.Id, 4.5m, 8m)], order.Lines.Select(l => (l.PartId, l.Quantity, l.Price)));
        Assert.All(order.Lines, l => Assert.Equal(deadline.UtcDateTime, l.SupplyDeadline!.Value.UtcDateTime, TimeSpan.FromSeconds(1)));
        var closed = await (await app.Administrator.GetAsync($"{StationDocuments.Carts}/{cart.Id}")).ReadAsync<CartDto>();
        Assert.Equal((CartState.Ordered, (Guid?)order.Id), (closed.State, closed.OrderId));
        var again = await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/order", new { clientId = client, warehouseId = store });
        Assert.Equal("cart.closed", (await again.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
    }

    [Fact]
    public async Task An_unknown_cart_is_a_404_and_a_cart_with_no_document_cannot_be_added_to_one()
    {
        await (await app.Administrator.GetAsync($"{StationDocuments.Carts}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        var part = await app.NewPartAsync();
        var cart = await app.OpenCartAsync(new { sourceKind = "contact", sourceId = Guid.NewGuid() });
        var empty = await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/add-to-document", new { documentKind = "booking", documentId = Guid.NewGuid() });
        Assert.Equal("cart.empty", (await empty.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());

        await app.SendCartAsync(HttpMethod.Put, $"{cart.Id}/lines", new { lines = new[] { new { partId = part.Id, quantity = 1m } } });
        var nowhere = await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/add-to-document", new { });
        Assert.Equal("cart.document-unknown", (await nowhere.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        Assert.Equal(CartState.Open, (await app.CartWhenAsync(cart.Id, _ => true, "the cart")).State);
    }

    [Fact]
    public async Task A_booking_made_from_the_contact_discards_the_contacts_open_carts_by_itself()
    {
        var part = await app.NewPartAsync();
        var car = await app.NewVehicleAsync();
        var contact = (await app.StationPostAsync("contacts", new { kind = "WalkIn", phone = "79" + Random.Shared.NextInt64(100_000_000, 999_999_999), worksNeeded = "Pads" }))
            .GetProperty("id").GetGuid();
        var cart = await app.OpenCartAsync(new { sourceKind = "contact", sourceId = contact, lines = new[] { new { partId = part.Id, quantity = 4m } } });
        var other = await app.OpenCartAsync(new { sourceKind = "contact", sourceId = Guid.NewGuid() });

        var bay = (await app.StationPostAsync("bays", new { name = $"Lift {Guid.NewGuid():N}" })).GetProperty("id").GetGuid();
        var now = app.Clock.GetUtcNow();
        var start = new DateTimeOffset(now.Date.AddDays(2).AddHours(10), TimeSpan.Zero);
        await app.StationPostAsync("bookings", new { vehicleId = car, bayId = bay, startsAt = start, endsAt = start + Hour, contactId = contact });

        var gone = await app.CartWhenAsync(cart.Id, c => c.State == CartState.Discarded, "the contact's cart discarded");
        Assert.Contains("was made from the contact", gone.DiscardReason, StringComparison.Ordinal);
        Assert.Equal(CartState.Open, (await app.CartWhenAsync(other.Id, _ => true, "the other cart")).State);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class CartApiSqliteTests(SqliteApi app) : CartApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class CartApiPostgresTests(PostgresApi app) : CartApiTests(app), IClassFixture<PostgresApi>;
