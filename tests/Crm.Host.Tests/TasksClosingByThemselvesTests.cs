using System.Net;
using System.Text.Json;
using Crm.Modules.Tasking.Contracts;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// A process's task that closes by itself when the document it waits for appears, and a task due at a moment an
/// object's fact holds (ADR 0066, 0067): Sales, Processes and Tasking together, through HTTP only, on real orders.
/// The process asks "Waiting for the payment" about an order: it closes by itself as "paid" once the order is paid,
/// a manager may answer "gave-up", and it is due when the order's access ends.
/// </summary>
public abstract class TasksClosingByThemselvesTests(SystemApi app)
{
    private const string Waiting = "Waiting for the payment";

    /// <summary>This test's orders carry it; the test's process starts on the creation of those only.</summary>
    private readonly string _tag = "closes-" + Guid.NewGuid().ToString("N")[..12];

    private HttpClient Manager => app.Administrator;

    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task Paying_the_order_closes_the_task_by_itself_and_the_process_goes_on_by_that_result()
    {
        var process = await CreateProcessAsync();
        var order = await NewOrderAsync(accessEndsAt: Now.AddDays(7));
        var task = await OpenTaskAsync(order);
        Assert.Equal("Later", task.GetProperty("urgency").GetString());

        await PayAsync(order);

        var instance = await EndedInstanceAsync(order, process);
        Assert.Equal("positive", instance.GetProperty("summary").GetProperty("outcome").GetString());
        var answered = Assert.Single(instance.GetProperty("trace").EnumerateArray(), t => t.GetProperty("blockId").GetString() == "ask" && t.GetProperty("exit").ValueKind == JsonValueKind.String);
        Assert.Equal(("paid", JsonValueKind.Null, "The task closed by itself"),
            (answered.GetProperty("exit").GetString(), answered.GetProperty("employeeId").ValueKind, answered.GetProperty("detail").GetString()));
        var card = await TaskCardAsync(task);
        Assert.Equal("Done", card.GetProperty("status").GetString());
        var result = card.GetProperty("result");
        Assert.Equal(("paid", true, JsonValueKind.Null, "Closed by itself: paid = true"),
            (result.GetProperty("code").GetString(), result.GetProperty("closedByItself").GetBoolean(), result.GetProperty("completedBy").ValueKind, result.GetProperty("comment").GetString()));
        var history = await (await Manager.GetAsync($"/api/tasking/tasks/{Id(task)}/history")).ReadAsync<JsonElement>();
        var completed = Assert.Single(history.EnumerateArray(), h => h.GetProperty("action").GetString() == "Completed");
        Assert.Equal((JsonValueKind.Null, "Paid; Closed by itself: paid = true"), (completed.GetProperty("by").ValueKind, completed.GetProperty("details").GetString()));
    }

    [Fact]
    public async Task A_manager_answering_as_the_order_is_paid_gives_one_outcome_whichever_came_first()
    {
        var process = await CreateProcessAsync();
        for (var i = 0; i < 4; i++)
        {
            var order = await NewOrderAsync(accessEndsAt: Now.AddDays(7));
            var task = await OpenTaskAsync(order);

            var answer = Manager.PostJsonAsync($"/api/tasking/tasks/{Id(task)}/complete", new { result = "gave-up" });
            await Task.WhenAll(answer, PayAsync(order));

            var instance = await EndedInstanceAsync(order, process);
            var card = await TaskCardAsync(task);
            var result = card.GetProperty("result");
            var closedByItself = result.GetProperty("closedByItself").GetBoolean();
            // The one outcome: the task's result is the exit the process left by, and the manager's answer was
            // refused exactly when the payment closed the task first.
            Assert.Equal(closedByItself ? "paid" : "gave-up", result.GetProperty("code").GetString());
            Assert.Equal(closedByItself ? "positive" : "negative", instance.GetProperty("summary").GetProperty("outcome").GetString());
            Assert.Equal(closedByItself ? HttpStatusCode.Conflict : HttpStatusCode.OK, (await answer).StatusCode);
            var exits = instance.GetProperty("trace").EnumerateArray().Where(t => t.GetProperty("blockId").GetString() == "ask" && t.GetProperty("exit").ValueKind == JsonValueKind.String);
            Assert.Equal(result.GetProperty("code").GetString(), Assert.Single(exits).GetProperty("exit").GetString());
            // Recorded as delivered: a delivery retried (another receiver met a version conflict) is recorded again.
            var completions = await app.Factory.Events.WaitForAsync<TaskCompletedIntegrationEvent>(e => e.TaskId == Id(task));
            Assert.Single(completions.DistinctBy(e => e.EventId));
        }
    }

    [Fact]
    public async Task A_task_due_at_a_moment_already_past_is_overdue_as_soon_as_it_opens()
    {
        await CreateProcessAsync();
        var ended = Now.AddHours(-5);
        var order = await NewOrderAsync(accessEndsAt: ended);

        var task = await OpenTaskAsync(order);

        Assert.Equal("Overdue", task.GetProperty("urgency").GetString());
        Assert.Equal(ended, (await TaskCardAsync(task)).GetProperty("dueAt").GetDateTimeOffset().UtcDateTime);
    }

    private async Task<Guid> CreateProcessAsync()
    {
        var definition = await (await Manager.PostJsonAsync("/api/processes/definitions", new
        {
            name = $"Waiting for the payment {Guid.NewGuid():N}",
            objectType = "order",
            entry = new { kind = "on-creation" },
            condition = $"tags = '{_tag}'", // started on the order's facts, so dueAt finds the moment there
            normalReactionTime = "01:00:00",
            blocks = new object[]
            {
                new { id = "start", type = "start", exits = new Dictionary<string, string> { ["next"] = "ask" } },
                new
                {
                    id = "ask",
                    type = "question",
                    title = Waiting,
                    answers = new[] { new { code = "paid", label = "Paid" }, new { code = "gave-up", label = "Gave up" } },
                    closesWhen = new[] { new { condition = "paid = true", result = "paid" } },
                    dueAt = "access-ends-at",
                    exits = new Dictionary<string, string> { ["paid"] = "done", ["gave-up"] = "dropped" },
                },
                new { id = "done", type = "finish", outcome = "positive" },
                new { id = "dropped", type = "finish", outcome = "negative" },
            },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = definition.GetProperty("id").GetGuid();
        (await Manager.PostAsync($"/api/processes/definitions/{id}/activate", null)).EnsureSuccessStatusCode();
        return id;
    }

    private async Task<Guid> NewOrderAsync(DateTime accessEndsAt)
    {
        var client = (await (await Manager.PostJsonAsync("/api/sales/clients", new { name = "Ines Duarte", email = $"ines.{Guid.NewGuid():N}@example.com" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var order = (await (await Manager.PostJsonAsync("/api/sales/orders", new
        {
            clientId = client,
            positions = new[] { new { offer = "Annual service plan", price = 120m, quantity = 1 } },
            accessEndsAt = new DateTimeOffset(accessEndsAt),
            tags = new[] { _tag },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return order;
    }

    private async Task PayAsync(Guid order) =>
        (await Manager.PostJsonAsync($"/api/sales/orders/{order}/payments", new { amount = 120m, method = "Transfer" })).EnsureSuccessStatusCode();

    private Task<JsonElement> OpenTaskAsync(Guid order) =>
        Eventually.HoldsAsync(
            async () => (await (await Manager.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={order}")).ReadAsync<JsonElement>())
                .GetProperty("items").EnumerateArray().FirstOrDefault(t => t.GetProperty("title").GetString() == Waiting),
            task => task.ValueKind == JsonValueKind.Object, $"a task '{Waiting}' about order {order}");

    private async Task<JsonElement> TaskCardAsync(JsonElement task) =>
        await (await Manager.GetAsync($"/api/tasking/tasks/{Id(task)}")).ReadAsync<JsonElement>();

    private static Guid Id(JsonElement task) => task.GetProperty("id").GetGuid();

    /// <summary>The instance's card once it has ended (the task's answer travelled back to it).</summary>
    private Task<JsonElement> EndedInstanceAsync(Guid order, Guid process) =>
        Eventually.HoldsAsync(
            async () =>
            {
                var instance = (await (await Manager.GetAsync($"/api/processes/instances?objectType=order&objectId={order}&definitionId={process}")).ReadAsync<JsonElement>())
                    .EnumerateArray().Single().GetProperty("id").GetGuid();
                return await (await Manager.GetAsync($"/api/processes/instances/{instance}")).ReadAsync<JsonElement>();
            },
            card => card.GetProperty("summary").GetProperty("state").GetString() == "Finished", $"the process on order {order} ended");
}

[Trait("Provider", "Sqlite")]
public sealed class TasksClosingByThemselvesSqliteTests(SqliteSystemApi app) : TasksClosingByThemselvesTests(app), IClassFixture<SqliteSystemApi>;

[Trait("Provider", "Postgres")]
public sealed class TasksClosingByThemselvesPostgresTests(PostgresSystemApi app) : TasksClosingByThemselvesTests(app), IClassFixture<PostgresSystemApi>;
