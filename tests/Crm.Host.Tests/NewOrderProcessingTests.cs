using System.Net;
using System.Text.Json;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>The host with the real timer dispatcher looking often, so moving the test clock is all a test does.</summary>
public abstract class SystemApi(DatabaseProvider provider) : ApiFixture(provider)
{
    public override CrmApiFactory CreateFactory() =>
        new(Database, Clock, settings: new Dictionary<string, string> { ["Processes:Timers:MaxIdle"] = "00:00:00.200" });
}

public sealed class SqliteSystemApi() : SystemApi(DatabaseProvider.Sqlite);

public sealed class PostgresSystemApi() : SystemApi(DatabaseProvider.Postgres);

/// <summary>
/// "New order processing", installed and active on first start, on real orders: Sales, Processes and Tasking
/// together, through HTTP only — a manager places orders, takes payments and answers tasks; the clock moves.
/// </summary>
public abstract class NewOrderProcessingTests(SystemApi app)
{
    private HttpClient Manager => app.Administrator;

    private async Task<(Guid Client, Guid Order)> NewOrderAsync()
    {
        var client = (await (await Manager.PostJsonAsync("/api/sales/clients", new
        {
            name = "Rita Almeida",
            email = $"rita.{Guid.NewGuid():N}@example.com",
            phone = "+351 912 345 678",
            timeZone = "Europe/Lisbon",
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var order = (await (await Manager.PostJsonAsync("/api/sales/orders", new
        {
            clientId = client,
            positions = new[] { new { offer = "Brake service", price = 300m, quantity = 1 } },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (client, order);
    }

    private Task<JsonElement> InstanceAsync(Guid order, Func<JsonElement, bool> until, string what) =>
        Eventually.HoldsAsync(
            async () => (await (await Manager.GetAsync($"/api/processes/instances?objectType=order&objectId={order}")).ReadAsync<JsonElement>())
                .EnumerateArray().FirstOrDefault(i => i.GetProperty("processName").GetString() == "New order processing"),
            instance => instance.ValueKind == JsonValueKind.Object && until(instance), what);

    private Task<JsonElement> TaskAsync(Guid order, string title, string status = "") =>
        Eventually.HoldsAsync(
            async () => (await (await Manager.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={order}{status}")).ReadAsync<JsonElement>())
                .GetProperty("items").EnumerateArray().FirstOrDefault(t => t.GetProperty("title").GetString() == title),
            task => task.ValueKind == JsonValueKind.Object, $"a task '{title}'");

    private static string Outcome(JsonElement instance) => instance.GetProperty("outcome").GetString() ?? "(running)";

    [Fact]
    public async Task The_reference_process_is_installed_and_active_on_first_start()
    {
        var definitions = await (await Manager.GetAsync("/api/processes/definitions")).ReadAsync<JsonElement>();
        foreach (var name in new[] { "New order processing", "Call within 3 days" })
        {
            Assert.Contains(definitions.EnumerateArray(), d => d.GetProperty("name").GetString() == name && d.GetProperty("state").GetString() == "Active");
        }
    }

    [Fact]
    public async Task An_order_paid_within_the_first_minute_needs_no_task()
    {
        var (_, order) = await NewOrderAsync();
        await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "the process started on the new order");
        app.Clock.Advance(TimeSpan.FromSeconds(30));
        (await Manager.PostJsonAsync($"/api/sales/orders/{order}/payments", new { amount = 300m, method = "Card" })).EnsureSuccessStatusCode();

        var ended = await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Finished", "the paid order ended the process");
        Assert.Equal("positive", Outcome(ended));
        app.Clock.Advance(TimeSpan.FromMinutes(2)); // the one-minute delay went with the instance: no question follows
        var tasks = await (await Manager.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={order}&status=New&status=InProgress&status=Done&status=Cancelled")).ReadAsync<JsonElement>();
        Assert.Empty(tasks.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_duplicate_is_marked_false_and_the_answer_shows_on_the_client_card()
    {
        var (client, order) = await NewOrderAsync();
        await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "the process started");
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var task = await TaskAsync(order, "Process this order?");

        (await Manager.PostJsonAsync($"/api/tasking/tasks/{task.GetProperty("id").GetGuid()}/complete", new { result = "duplicate", comment = "Ordered twice by mistake" }))
            .EnsureSuccessStatusCode();

        var ended = await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Finished", "the duplicate ended the process");
        Assert.Equal("negative", Outcome(ended));
        var card = await Eventually.HoldsAsync(
            async () => await (await Manager.GetAsync($"/api/sales/orders/{order}")).ReadAsync<JsonElement>(),
            o => o.GetProperty("status").GetString() == "False", "the order was marked as a duplicate");
        Assert.Equal("False", card.GetProperty("status").GetString());
        var clientCard = await Eventually.HoldsAsync(
            async () => await (await Manager.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>(),
            c => c.GetProperty("history").EnumerateArray().Any(h => h.GetProperty("text").GetString()!.Contains("Ordered twice by mistake")), "the answer on the card");
        Assert.NotEmpty(clientCard.GetProperty("history").EnumerateArray());
    }

    [Fact]
    public async Task A_payment_while_the_call_task_is_open_ends_the_process_and_closes_the_task()
    {
        var (_, order) = await NewOrderAsync();
        await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "the process started");
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var process = await TaskAsync(order, "Process this order?");
        (await Manager.PostJsonAsync($"/api/tasking/tasks/{process.GetProperty("id").GetGuid()}/complete", new { result = "yes" })).EnsureSuccessStatusCode();
        var call = await TaskAsync(order, "Call the client about the order");
        var orderCard = await (await Manager.GetAsync($"/api/sales/orders/{order}")).ReadAsync<JsonElement>();
        Assert.Equal("InProgress", orderCard.GetProperty("status").GetString());

        (await Manager.PostJsonAsync($"/api/sales/orders/{order}/payments", new { amount = 300m, method = "Transfer" })).EnsureSuccessStatusCode();

        Assert.Equal("positive", Outcome(await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Finished", "the payment ended the process")));
        var closed = await TaskAsync(order, "Call the client about the order", "&status=Cancelled");
        Assert.Equal(call.GetProperty("id").GetGuid(), closed.GetProperty("id").GetGuid());
    }
}

[Trait("Provider", "Sqlite")]
public sealed class NewOrderProcessingSqliteTests(SqliteSystemApi app) : NewOrderProcessingTests(app), IClassFixture<SqliteSystemApi>;

[Trait("Provider", "Postgres")]
public sealed class NewOrderProcessingPostgresTests(PostgresSystemApi app) : NewOrderProcessingTests(app), IClassFixture<PostgresSystemApi>;
