using System.Net;
using System.Text;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Application.Orders.SendPaymentLink;
using Crm.Modules.Sales.Application.Payments;
using Crm.Modules.Sales.Application.Purchases;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Domain.Purchases;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.Sales.Tests.Api;

/// <summary>Payment links and the provider's callback; purchases that a paid order creates.</summary>
public abstract class PaymentApiTests(ApiFixture app)
{
    private Task<HttpResponseMessage> CallbackAsync(string token, string providerPaymentId, decimal amount, bool forged = false)
    {
        var body = $$"""{"token":"{{token}}","providerPaymentId":"{{providerPaymentId}}","amount":{{amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}""";
        var key = forged ? Encoding.UTF8.GetBytes("not the provider's key") : app.Factory.Services.GetRequiredService<PaymentSettings>().ProviderKey;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/sales/payments/callback") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature", "sha256=" + PaymentLinks.Sign(key, body));
        return app.Factory.CreateClient().SendAsync(request); // anonymous, like the provider
    }

    [Fact]
    public async Task A_partial_link_paid_through_the_provider_is_recorded_once_and_forgeries_change_nothing()
    {
        var client = await app.NewClientAsync();
        var order = await app.NewOrderAsync(client, price: 100m, quantity: 1);
        var link = await (await app.Administrator.PostJsonAsync($"/api/sales/orders/{order.Id}/payment-links", new { amount = 40m, channel = "Sms" }))
            .ReadAsync<PaymentLinkDto>();
        Assert.StartsWith("https://pay.example.com/checkout?token=", link.Url);
        Assert.NotNull(link.MessageId);

        Assert.Equal(HttpStatusCode.Forbidden, (await CallbackAsync(link.Token, "pp-1", 40m, forged: true)).StatusCode);
        var tampered = link.Token[..^3] + (link.Token[^3] == 'A' ? "BBB" : "AAA");
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync(tampered, "pp-1", 40m)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await CallbackAsync(link.Token, "pp-1", 100m)).StatusCode);
        Assert.Equal(0m, (await Order(order.Id)).PaidAmount);

        Assert.Equal(HttpStatusCode.OK, (await CallbackAsync(link.Token, "pp-1", 40m)).StatusCode);
        var replay = await CallbackAsync(link.Token, "pp-1", 40m);
        Assert.Equal("payment.already-recorded", (await replay.ProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal(HttpStatusCode.Conflict, (await CallbackAsync(link.Token, "pp-2", 40m)).StatusCode); // a link pays once

        var paid = await Order(order.Id);
        Assert.Equal((OrderStatus.PartiallyPaid, 40m), (paid.Status, paid.PaidAmount));
        Assert.Equal("pp-1", Assert.Single(paid.Payments).ProviderPaymentId);
        var tooMuch = await app.Administrator.PostJsonAsync($"/api/sales/orders/{order.Id}/payment-links", new { amount = 61m });
        Assert.Equal("order.link-amount-exceeds-due", (await tooMuch.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
    }

    [Fact]
    public async Task An_expired_link_is_refused()
    {
        var client = await app.NewClientAsync();
        var order = await app.NewOrderAsync(client);
        var link = await (await app.Administrator.PostJsonAsync($"/api/sales/orders/{order.Id}/payment-links", new { })).ReadAsync<PaymentLinkDto>();
        Assert.Equal(order.Total, link.Amount);

        app.Clock.Advance(TimeSpan.FromDays(4));
        var late = await CallbackAsync(link.Token, "pp-late-" + order.Id, link.Amount);

        Assert.NotEmpty((await late.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("token"));
        Assert.Equal(0m, (await Order(order.Id)).PaidAmount);
    }

    [Fact]
    public async Task A_paid_order_gives_purchases_a_manager_renews_forbids_and_reorders_once()
    {
        var client = await app.NewClientAsync();
        var order = await app.NewOrderAsync(client, price: 300m, quantity: 1);
        await app.PostOrderAsync(order.Id, "access-end", new { endsAt = app.Clock.GetUtcNow().AddDays(30) });
        await app.PostOrderAsync(order.Id, "payments", new { amount = 300m, method = "Card" });
        var purchase = Assert.Single((await app.CardAsync(client.Id)).Purchases);
        Assert.Equal(app.Clock.GetUtcNow().AddDays(30), purchase.EndsAt);

        var renewal = await (await app.Administrator.PutAsync($"/api/sales/purchases/{purchase.Id}/renewal",
            System.Net.Http.Json.JsonContent.Create(new { status = "WillRenew", comment = "Asked for a discount" }))).ReadAsync<PurchaseDto>();
        Assert.Equal((RenewalStatus.WillRenew, "Asked for a discount"), (renewal.RenewalStatus, renewal.RenewalComment));

        var renewalOrder = await (await app.Administrator.PostAsync($"/api/sales/purchases/{purchase.Id}/renewal-order", null)).ReadAsync<OrderDto>(HttpStatusCode.Created);
        Assert.Equal((300m, purchase.Id, OrderStatus.New), (renewalOrder.Total, renewalOrder.RenewalOfPurchaseId, renewalOrder.Status));
        Assert.Equal(app.Clock.GetUtcNow().AddDays(60), renewalOrder.AccessEndsAt);
        var twice = await app.Administrator.PostAsync($"/api/sales/purchases/{purchase.Id}/renewal-order", null);
        Assert.Equal("purchase.renewal-order-exists", (await twice.ProblemAsync(HttpStatusCode.Conflict)).Code());

        var forbidden = await (await app.Administrator.PostAsync($"/api/sales/purchases/{purchase.Id}/forbid-access", null)).ReadAsync<PurchaseDto>();
        Assert.Equal((PurchaseStatus.AccessForbidden, false), (forbidden.Status, forbidden.GivesAccess));
    }

    private async Task<OrderDto> Order(Guid id) => await (await app.Administrator.GetAsync($"/api/sales/orders/{id}")).ReadAsync<OrderDto>();
}

[Trait("Provider", "Sqlite")]
public sealed class PaymentApiSqliteTests(SqliteApi app) : PaymentApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class PaymentApiPostgresTests(PostgresApi app) : PaymentApiTests(app), IClassFixture<PostgresApi>;
