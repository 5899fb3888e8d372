using System.Net;
using System.Text.Json;
using Crm.Modules.SpareParts.Application.Carts;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>
/// The parts specialist's "Select parts" (ADR 0076, 0081) through HTTP only: a work order asks for parts in words, the
/// station's task reaches the specialist's inbox, a cart is opened from the task (the task shows its link), parts are picked and added to the
/// work order; the order shows the part lines with their references and the task closes by itself. A work order closed
/// meanwhile refuses the parts: the cart stays open and says why.
/// </summary>
public abstract class SelectPartsTests(ApiFixture app)
{
    [Fact]
    public async Task Parts_picked_into_a_cart_from_the_task_are_added_to_the_work_order_and_the_task_closes_by_itself()
    {
        var specialist = await app.PartsSpecialistAsync("Marta");
        var (pads, fluid) = (await app.NewPartAsync("pcs", 45m), await app.NewPartAsync("l", 9.9m));
        var order = await app.StationPostAsync("work-orders", new
        {
            vehicleId = await app.NewVehicleAsync(), mileageKm = 30_000,
            parts = new[] { new { text = "Front brake pads", quantity = 1m, price = 0m }, new { text = "Brake fluid", quantity = 1m, price = 0m } },
        });
        var orderId = order.GetProperty("id").GetGuid();
        var task = await StationDocuments.InboxTaskAsync(specialist, orderId, "Select parts");
        var taskId = task.GetProperty("id").GetGuid();

        var cart = await (await specialist.PostJsonAsync(StationDocuments.Carts, new
        {
            sourceKind = "task", sourceId = taskId, subjectType = "work-order", subjectId = orderId,
            lines = new object[] { new { partId = pads.Id, quantity = 1m }, new { partId = fluid.Id, quantity = 0.5m } },
        })).ReadAsync<CartDto>(HttpStatusCode.Created);
        var linked = await app.TaskCardAsync(taskId, t => t.GetProperty("links").GetArrayLength() > 0, "the cart's link on the task");
        var link = Assert.Single(linked.GetProperty("links").EnumerateArray());
        Assert.Equal(("spare-parts", "cart", cart.Id, $"/api/spare-parts/carts/{cart.Id}"),
            (link.GetProperty("module").GetString(), link.GetProperty("kind").GetString(), link.GetProperty("objectId").GetGuid(), link.GetProperty("href").GetString()));

        var sent = await (await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/add-to-document", new { }, cart.Version)).ReadAsync<CartDto>();
        Assert.Equal(new CartDocumentDto("work-order", orderId), sent.Document);

        var added = await app.CartWhenAsync(cart.Id, c => c.State != CartState.Open, "the cart added to the work order");
        Assert.Equal((CartState.AddedToDocument, false, null), (added.State, added.AwaitingDocument, added.Refusal));
        var lines = (await app.StationGetAsync($"work-orders/{orderId}")).GetProperty("parts").EnumerateArray()
            .Where(p => p.GetProperty("partReference").ValueKind == JsonValueKind.String)
            .Select(p => (p.GetProperty("partReference").GetString(), p.GetProperty("quantity").GetDecimal(), p.GetProperty("price").GetDecimal()))
            .ToList();
        Assert.Equal([(pads.Id.ToString(), 1m, 45m), (fluid.Id.ToString(), 0.5m, 9.9m)], lines);

        var closed = await app.TaskCardAsync(taskId, t => t.GetProperty("status").GetString() == "Done", "the Select parts task closed");
        Assert.Equal(("parts-selected", true), (closed.GetProperty("result").GetProperty("code").GetString(), closed.GetProperty("result").GetProperty("closedByItself").GetBoolean()));
        var listed = await (await app.Administrator.GetAsync($"{StationDocuments.Carts}?sourceKind=work-order&sourceId={orderId}")).ReadAsync<JsonElement>();
        Assert.Equal(cart.Id, Assert.Single(listed.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task A_work_order_closed_meanwhile_refuses_the_parts_and_the_cart_stays_open_saying_why()
    {
        var part = await app.NewPartAsync();
        var order = await app.StationPostAsync("work-orders", new
        {
            vehicleId = await app.NewVehicleAsync(), mileageKm = 10_000, works = new[] { new { name = "Diagnostics", normHours = 0.5m, price = 25m } },
        });
        var orderId = order.GetProperty("id").GetGuid();
        var cart = await app.OpenCartAsync(new { sourceKind = "work-order", sourceId = orderId, lines = new[] { new { partId = part.Id, quantity = 2m } } });
        await app.StationPostAsync($"work-orders/{orderId}/close", new { done = new[] { order.GetProperty("works")[0].GetProperty("id").GetGuid() } }, HttpStatusCode.OK);

        await (await app.SendCartAsync(HttpMethod.Post, $"{cart.Id}/add-to-document", new { })).ReadAsync<CartDto>();
        var refused = await app.CartWhenAsync(cart.Id, c => c.Refusal is not null, "the station's refusal on the cart");
        Assert.Equal((CartState.Open, false, null), (refused.State, refused.AwaitingDocument, refused.Document));
        Assert.Equal("work-order.closed", refused.Refusal!.Code);
        Assert.Equal(0, (await app.StationGetAsync($"work-orders/{orderId}")).GetProperty("parts").GetArrayLength());

        var saved = await app.SendCartAsync(HttpMethod.Put, $"{cart.Id}/lines", new { lines = new[] { new { partId = part.Id, quantity = 1m } } }, refused.Version);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode); // still open: the parts can go elsewhere
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SelectPartsSqliteTests(SqliteApi app) : SelectPartsTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class SelectPartsPostgresTests(PostgresApi app) : SelectPartsTests(app), IClassFixture<PostgresApi>;
