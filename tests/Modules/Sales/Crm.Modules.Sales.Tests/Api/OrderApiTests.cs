using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Application.Orders.OrderBoard;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Sales.Tests.Api;

/// <summary>A manager's work with orders (seed 000) through HTTP.</summary>
public abstract class OrderApiTests(ApiFixture app)
{
    [Fact]
    public async Task An_order_made_by_hand_for_a_client_found_by_email_starts_new_and_tells_processes()
    {
        var client = await app.NewClientAsync();
        var order = await app.NewOrderAsync(client, price: 120.50m, quantity: 2);

        Assert.Equal(OrderStatus.New, order.Status);
        Assert.Equal(241.00m, order.Total);
        Assert.Equal(client.Id, order.ClientId);
        Assert.Equal("Maria Silva", order.ClientName);
        var created = (await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == order.Id.ToString() && f.Event == "created"))[0];
        Assert.Equal("order", created.Object.Type);
        Assert.Equal("New", created.Fact("status"));
        Assert.Equal("true", created.Fact("client.has-phone"));
        Assert.Equal(client.Id.ToString(), created.Fact("client.id"));

        var byName = await app.Administrator.PostJsonAsync("/api/sales/orders", new { clientName = "Nobody Known", positions = new[] { new { offer = "x", price = 1, quantity = 1 } } });
        var walkIn = await byName.ReadAsync<OrderDto>(HttpStatusCode.Created); // a walk-in client is registered with the order (ADR 0057)
        Assert.Equal("Nobody Known", walkIn.ClientName);
        Assert.NotEqual(client.Id, walkIn.ClientId);
        var noPositions = await app.Administrator.PostJsonAsync("/api/sales/orders", new { clientId = client.Id, positions = Array.Empty<object>() });
        Assert.NotEmpty((await noPositions.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("positions"));
    }

    [Fact]
    public async Task Paid_and_partially_paid_follow_the_payments_and_cannot_be_set_by_hand()
    {
        var client = await app.NewClientAsync();
        var order = await app.NewOrderAsync(client, price: 100m, quantity: 2);

        var byHand = await app.Administrator.PostJsonAsync($"/api/sales/orders/{order.Id}/status", new { status = "Paid" });
        Assert.Equal("order.status-follows-payments", (await byHand.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());

        var partly = await app.PostOrderAsync(order.Id, "payments", new { amount = 50m, method = "Transfer" });
        Assert.Equal((OrderStatus.PartiallyPaid, 50m, 150m), (partly.Status, partly.PaidAmount, partly.Due));
        var contradiction = await app.Administrator.PostJsonAsync($"/api/sales/orders/{order.Id}/status", new { status = "InProgress" });
        Assert.Equal("order.status-follows-payments", (await contradiction.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());

        var paid = await app.PostOrderAsync(order.Id, "payments", new { amount = 150m, method = "Cash" });
        Assert.Equal(OrderStatus.Paid, paid.Status);
        var card = await app.CardAsync(client.Id);
        var purchase = Assert.Single(card.Purchases);
        Assert.Equal(("Brake service", true), (purchase.Offer, purchase.GivesAccess));
        await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == order.Id.ToString() && f.Event == "paid" && f.Fact("paid") == "true");

        var deleted = await (await app.Administrator.DeleteAsync($"/api/sales/orders/{order.Id}/payments/{paid.Payments[1].Id}")).ReadAsync<OrderDto>();
        Assert.Equal((OrderStatus.PartiallyPaid, 50m), (deleted.Status, deleted.PaidAmount));
    }

    [Fact]
    public async Task A_lower_price_can_make_the_money_received_enough_and_a_stale_change_is_refused()
    {
        var client = await app.NewClientAsync();
        var order = await app.NewOrderAsync(client, price: 100m, quantity: 1);
        var partly = await app.PostOrderAsync(order.Id, "payments", new { amount = 80m, method = "Card" });

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/api/sales/orders/{order.Id}/positions/{order.Positions[0].Id}")
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { price = 80m, quantity = 1 }),
        };
        stale.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue($"\"{order.Version}\""));
        Assert.Equal("concurrency.stale", (await (await app.Administrator.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict)).Code());

        var cheaper = await app.PostOrderAsync(order.Id, $"positions/{order.Positions[0].Id}", new { price = 80m, quantity = 1 });
        Assert.Equal((80m, OrderStatus.Paid), (cheaper.Total, cheaper.Status));
        Assert.True(cheaper.Version > partly.Version);
    }

    [Fact]
    public async Task Manager_status_comments_tags_end_date_and_cancellation_go_into_the_history()
    {
        var client = await app.NewClientAsync();
        var order = await app.NewOrderAsync(client);
        var end = new DateTimeOffset(2027, 1, 31, 0, 0, 0, TimeSpan.Zero);

        await app.PostOrderAsync(order.Id, "manager", new { });
        await app.PostOrderAsync(order.Id, "status", new { status = "AwaitingPayment" });
        await app.PostOrderAsync(order.Id, "comments", new { text = "Client will pay on Friday" });
        await app.PostOrderAsync(order.Id, "tags", new { add = new[] { "Winter" } });
        await app.PostOrderAsync(order.Id, "access-end", new { endsAt = end });
        var noReason = await app.Administrator.PostJsonAsync($"/api/sales/orders/{order.Id}/cancel", new { });
        Assert.Equal("order.reason-required", (await noReason.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        var cancelled = await app.PostOrderAsync(order.Id, "cancel", new { reason = "Bought elsewhere" });

        Assert.Equal((OrderStatus.Cancelled, "Bought elsewhere"), (cancelled.Status, cancelled.CancellationReason));
        Assert.Equal(app.AdministratorId, cancelled.ManagerId);
        Assert.Equal(["winter"], cancelled.Tags);
        Assert.Equal(end, cancelled.AccessEndsAt);
        Assert.Contains(cancelled.History, h => h.Kind == OrderHistoryKind.Comment && h.Text == "Client will pay on Friday");
        Assert.Equal(2, cancelled.History.Count(h => h.Kind == OrderHistoryKind.StatusChanged));
        await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f =>
            f.Object.Id == order.Id.ToString() && f.Event == "cancelled" && f.Fact("cancellation-reason") == "Bought elsewhere");
        var link = await app.Administrator.PostJsonAsync($"/api/sales/orders/{order.Id}/payment-links", new { });
        Assert.Equal("order.closed", (await link.ProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task The_list_filters_pages_by_keyset_and_hides_duplicates_and_the_board_groups_by_status()
    {
        var client = await app.NewClientAsync();
        var tag = "t" + Guid.NewGuid().ToString("N")[..8];
        var orders = new List<OrderDto>();
        for (var i = 0; i < 3; i++)
        {
            orders.Add(await app.NewOrderAsync(client, tags: [tag]));
        }

        await app.PostOrderAsync(orders[0].Id, "mark-duplicate");
        await app.PostOrderAsync(orders[1].Id, "status", new { status = "InProgress" });
        var extra = await app.NewOrderAsync(client, tags: [tag]);

        var first = await (await app.Administrator.GetAsync($"/api/sales/orders?tag={tag}&limit=2")).ReadAsync<KeysetPage<OrderSummaryDto>>();
        Assert.Equal([extra.Id, orders[2].Id], first.Items.Select(o => o.Id));
        var second = await (await app.Administrator.GetAsync($"/api/sales/orders?tag={tag}&limit=2&cursor={first.NextCursor}")).ReadAsync<KeysetPage<OrderSummaryDto>>();
        Assert.Equal([orders[1].Id], second.Items.Select(o => o.Id));
        Assert.Null(second.NextCursor);

        var duplicates = await (await app.Administrator.GetAsync($"/api/sales/orders?tag={tag}&status=False")).ReadAsync<KeysetPage<OrderSummaryDto>>();
        Assert.Equal(orders[0].Id, Assert.Single(duplicates.Items).Id);
        var inProgress = await (await app.Administrator.GetAsync($"/api/sales/orders?clientId={client.Id}&status=InProgress&from=2026-01-01T00:00:00Z")).ReadAsync<KeysetPage<OrderSummaryDto>>();
        Assert.Equal(orders[1].Id, Assert.Single(inProgress.Items).Id);

        var board = await (await app.Administrator.GetAsync($"/api/sales/orders/board?tag={tag}")).ReadAsync<List<OrderBoardColumnDto>>();
        Assert.DoesNotContain(board, c => c.Status == OrderStatus.False);
        Assert.Equal(2, board.Single(c => c.Status == OrderStatus.New).Count);
        Assert.Equal(orders[1].Id, Assert.Single(board.Single(c => c.Status == OrderStatus.InProgress).Orders).Id);
        Assert.NotEmpty((await (await app.Administrator.GetAsync("/api/sales/orders?cursor=garbage")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("cursor"));
        Assert.NotEmpty((await (await app.Administrator.GetAsync("/api/sales/orders/board?status=-1")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("status[0]"));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class OrderApiSqliteTests(SqliteApi app) : OrderApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class OrderApiPostgresTests(PostgresApi app) : OrderApiTests(app), IClassFixture<PostgresApi>;
