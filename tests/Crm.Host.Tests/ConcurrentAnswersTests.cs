using System.Net;
using System.Text.Json;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// Managers answer many tasks at the same moment; the process's requests to Sales then reach Sales together and are
/// handled in shared transactions (ADR 0041). Some of them Sales performs, some it refuses: every answer — done or
/// refused — must reach its instance (issue 12: a refusal used to undo the other requests of its group, ADR 0045).
/// </summary>
public abstract class ConcurrentAnswersTests(SystemApi app)
{
    private HttpClient Manager => app.Administrator;

    [Fact]
    public async Task Every_reply_arrives_when_performed_and_refused_requests_are_answered_at_once()
    {
        var process = await CreateProcessAsync();
        var client = (await (await Manager.PostJsonAsync("/api/sales/clients", new { name = "Bruno Costa", email = $"bruno.{Guid.NewGuid():N}@example.com" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var orders = new List<(Guid Order, string Answer)>();
        for (var i = 0; i < 12; i++)
        {
            orders.Add((await NewOrderAsync(process, client), i % 3 == 0 ? "refuse" : "perform"));
        }

        var tasks = new List<(Guid Order, string Answer, Guid Task)>();
        foreach (var (order, answer) in orders)
        {
            tasks.Add((order, answer, (await TaskAsync(order, "Change the status?")).GetProperty("id").GetGuid()));
        }

        var answered = await Task.WhenAll(tasks.Select(t => Manager.PostJsonAsync($"/api/tasking/tasks/{t.Task}/complete", new { result = t.Answer })));
        Assert.All(answered, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));

        foreach (var (order, answer, _) in tasks)
        {
            if (answer == "perform")
            {
                await TaskAsync(order, "Status changed: check the order"); // Sales' "done" reached the instance
                Assert.Equal("InProgress", (await (await Manager.GetAsync($"/api/sales/orders/{order}")).ReadAsync<JsonElement>()).GetProperty("status").GetString());
            }
            else
            {
                await InstanceTraceAsync(order, process, trace => trace.Any(e => e.GetProperty("detail").GetString() is { } detail && detail.StartsWith("Attempt 1 failed", StringComparison.Ordinal)),
                    "Sales' refusal reached the instance");
            }
        }
    }

    /// <summary>Asks whether to change the order's status; "perform" sets one Sales allows, "refuse" one it refuses (Paid follows from payments).</summary>
    private async Task<Guid> CreateProcessAsync()
    {
        var definition = await (await Manager.PostJsonAsync("/api/processes/definitions", new
        {
            name = $"Status by answer {Guid.NewGuid():N}",
            objectType = "order",
            entry = new { kind = "manual" },
            blocks = new object[]
            {
                new { id = "start", type = "start", exits = new Dictionary<string, string> { ["next"] = "ask" } },
                new
                {
                    id = "ask",
                    type = "question",
                    title = "Change the status?",
                    answers = new[] { new { code = "perform", label = "To in progress" }, new { code = "refuse", label = "To paid" } },
                    exits = new Dictionary<string, string> { ["perform"] = "in-progress", ["refuse"] = "paid" },
                },
                new { id = "in-progress", type = "action", module = "sales", action = "set-order-status", parameters = new { status = "InProgress" }, exits = new Dictionary<string, string> { ["next"] = "check" } },
                new { id = "paid", type = "action", module = "sales", action = "set-order-status", parameters = new { status = "Paid" }, exits = new Dictionary<string, string> { ["next"] = "check" } },
                new
                {
                    id = "check",
                    type = "question",
                    title = "Status changed: check the order",
                    answers = new[] { new { code = "ok", label = "Checked" } },
                    exits = new Dictionary<string, string> { ["ok"] = "end" },
                },
                new { id = "end", type = "finish", outcome = "positive" },
            },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = definition.GetProperty("id").GetGuid();
        (await Manager.PostAsync($"/api/processes/definitions/{id}/activate", null)).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<Guid> NewOrderAsync(Guid process, Guid client)
    {
        var order = (await (await Manager.PostJsonAsync("/api/sales/orders", new
        {
            clientId = client,
            positions = new[] { new { offer = "Oil change", price = 90m, quantity = 1 } },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await Manager.PostJsonAsync("/api/processes/instances", new { definitionId = process, @object = new { type = "order", id = order.ToString() } }))
            .EnsureSuccessStatusCode();
        return order;
    }

    private Task<JsonElement> TaskAsync(Guid order, string title) =>
        Eventually.HoldsAsync(
            async () => (await (await Manager.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={order}")).ReadAsync<JsonElement>())
                .GetProperty("items").EnumerateArray().FirstOrDefault(t => t.GetProperty("title").GetString() == title),
            task => task.ValueKind == JsonValueKind.Object, $"a task '{title}' about order {order}");

    private Task<List<JsonElement>> InstanceTraceAsync(Guid order, Guid process, Func<List<JsonElement>, bool> until, string what) =>
        Eventually.HoldsAsync(
            async () =>
            {
                var instance = (await (await Manager.GetAsync($"/api/processes/instances?objectType=order&objectId={order}&definitionId={process}")).ReadAsync<JsonElement>())
                    .EnumerateArray().Single().GetProperty("id").GetGuid();
                var card = await (await Manager.GetAsync($"/api/processes/instances/{instance}")).ReadAsync<JsonElement>();
                return card.GetProperty("trace").EnumerateArray().ToList();
            },
            until, $"{what} (order {order})");
}

[Trait("Provider", "Sqlite")]
public sealed class ConcurrentAnswersSqliteTests(SqliteSystemApi app) : ConcurrentAnswersTests(app), IClassFixture<SqliteSystemApi>;

[Trait("Provider", "Postgres")]
public sealed class ConcurrentAnswersPostgresTests(PostgresSystemApi app) : ConcurrentAnswersTests(app), IClassFixture<PostgresSystemApi>;
