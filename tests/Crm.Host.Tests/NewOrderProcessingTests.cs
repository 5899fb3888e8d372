using System.Net;
using System.Net.Http.Json;
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

    private async Task<(Guid Client, Guid Order)> NewOrderAsync(string? phone = "+351 912 345 678")
    {
        var client = (await (await Manager.PostJsonAsync("/api/sales/clients", new
        {
            name = "Rita Almeida",
            email = $"rita.{Guid.NewGuid():N}@example.com",
            phone,
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

    private async Task AnswerAsync(JsonElement task, string result, string? comment = null, DateTimeOffset? moment = null) =>
        (await Manager.PostJsonAsync($"/api/tasking/tasks/{task.GetProperty("id").GetGuid()}/complete", new { result, comment, moment })).EnsureSuccessStatusCode();

    /// <summary>Order placed, the first minute passed, the manager said "yes, process it".</summary>
    private async Task<(Guid Client, Guid Order)> ProcessedOrderAsync(string? phone = "+351 912 345 678")
    {
        var (client, order) = await NewOrderAsync(phone);
        await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "the process started");
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await AnswerAsync(await TaskAsync(order, "Process this order?"), "yes");
        return (client, order);
    }

    private async Task<JsonElement> OrderCardAsync(Guid order, string status) => await Eventually.HoldsAsync(
        async () => await (await Manager.GetAsync($"/api/sales/orders/{order}")).ReadAsync<JsonElement>(),
        o => o.GetProperty("status").GetString() == status, $"the order is {status}");

    private async Task ChangePhoneAsync(Guid client, string? phone)
    {
        var card = await (await Manager.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>();
        (await Manager.PutAsJsonAsync($"/api/sales/clients/{client}", new
        {
            name = card.GetProperty("name").GetString(),
            email = card.GetProperty("email").GetString(),
            phone,
            timeZone = "Europe/Lisbon",
        }, Json.Options)).EnsureSuccessStatusCode();
    }

    private const string Call = "Call the client about the order";

    /// <summary>
    /// Waits until some running instance on the order (the process or its subprocess) has a token waiting on a
    /// timer at <paramref name="block"/>: only then may the test move the clock, or it would outrun answers in flight.
    /// </summary>
    private Task WaitingOnTimerAsync(Guid order, string block) =>
        Eventually.HoldsAsync(
            async () =>
            {
                var running = await (await Manager.GetAsync($"/api/processes/instances?objectType=order&objectId={order}&state=Running")).ReadAsync<JsonElement>();
                foreach (var instance in running.EnumerateArray())
                {
                    var card = await (await Manager.GetAsync($"/api/processes/instances/{instance.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
                    if (card.GetProperty("tokens").EnumerateArray().Any(t => t.GetProperty("blockId").GetString() == block && t.GetProperty("wait").GetString() == "Timer"))
                    {
                        return true;
                    }
                }

                return false;
            },
            waiting => waiting, $"a timer at {block}");

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
    public async Task A_client_without_a_phone_is_asked_for_one_and_called_once_it_is_on_the_card()
    {
        var (client, order) = await ProcessedOrderAsync(phone: null);
        await OrderCardAsync(order, "NotConfirmed");
        await AnswerAsync(await TaskAsync(order, "Ask the client for a phone number?"), "confirm");
        await Eventually.HoldsAsync(
            async () => await (await Manager.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>(),
            c => c.GetProperty("messages").GetArrayLength() > 0, "the message asking for a phone");

        await ChangePhoneAsync(client, "+351 913 000 111");

        await TaskAsync(order, Call);
    }

    [Fact]
    public async Task A_wrong_number_is_dropped_the_client_is_asked_for_the_right_one_and_called_again()
    {
        var (client, order) = await ProcessedOrderAsync();
        await AnswerAsync(await TaskAsync(order, Call), "wrong-number", comment: "A pizzeria answered");
        await Eventually.HoldsAsync(
            async () => await (await Manager.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>(),
            c => c.GetProperty("phone").ValueKind == JsonValueKind.Null && c.GetProperty("messages").GetArrayLength() > 0, "the wrong phone dropped and the client written to");

        await ChangePhoneAsync(client, "+351 913 222 333");

        await TaskAsync(order, Call); // a new round of calls, to the new number
    }

    [Fact]
    public async Task Unreachable_after_three_calls_a_day_for_three_days_writes_to_the_client_and_ends()
    {
        var (_, order) = await ProcessedOrderAsync();
        for (var call = 1; call <= 9; call++)
        {
            await AnswerAsync(await TaskAsync(order, Call), "no-answer");
            if (call < 9)
            {
                var nextDay = call % 3 == 0;
                await WaitingOnTimerAsync(order, nextDay ? "K-wait-day" : "I-wait-30m");
                app.Clock.Advance(nextDay ? TimeSpan.FromDays(1) : TimeSpan.FromMinutes(30));
            }
        }

        Assert.Equal("neutral", Outcome(await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Finished", "gave up after nine calls")));
        var done = await (await Manager.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={order}&status=Done&limit=50")).ReadAsync<JsonElement>();
        Assert.Equal(9, done.GetProperty("items").EnumerateArray().Count(t => t.GetProperty("title").GetString() == Call));
    }

    [Fact]
    public async Task Will_pay_waits_for_the_expected_payment_and_then_calls_again()
    {
        var (_, order) = await ProcessedOrderAsync();
        await AnswerAsync(await TaskAsync(order, Call), "reached", comment: "Will pay by transfer");
        await AnswerAsync(await TaskAsync(order, "Will the order be paid?"), "yes", comment: "Salary on Friday", moment: app.Clock.GetUtcNow().AddDays(2));
        await OrderCardAsync(order, "AwaitingPayment");
        await WaitingOnTimerAsync(order, "26-wait-payment");

        app.Clock.Advance(TimeSpan.FromDays(2));

        await TaskAsync(order, Call);
    }

    [Fact]
    public async Task Will_not_pay_and_cancel_cancels_the_order_with_its_reason()
    {
        var (client, order) = await ProcessedOrderAsync();
        await AnswerAsync(await TaskAsync(order, Call), "reached");
        await AnswerAsync(await TaskAsync(order, "Will the order be paid?"), "no", comment: "Found it cheaper elsewhere");
        await AnswerAsync(await TaskAsync(order, "Cancel the order?"), "yes");

        Assert.Equal("negative", Outcome(await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Finished", "the order was cancelled")));
        await OrderCardAsync(order, "Cancelled");
        var card = await Eventually.HoldsAsync(
            async () => await (await Manager.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>(),
            c => c.GetProperty("history").EnumerateArray().Any(h => h.GetProperty("text").GetString()!.Contains("Found it cheaper elsewhere")), "the answer's comment on the card");
        Assert.NotEmpty(card.GetProperty("history").EnumerateArray());
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

    [Fact]
    public async Task A_redirected_question_waits_for_the_new_addressee_and_their_answer_moves_the_process_on()
    {
        var nadia = (await (await Manager.PostJsonAsync("/api/tasking/employees", new { name = "Nadia", timeZone = "Europe/Lisbon" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var (_, order) = await NewOrderAsync();
        await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "the process started");
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var question = await TaskAsync(order, "Process this order?");

        (await Manager.PostJsonAsync($"/api/tasking/tasks/{question.GetProperty("id").GetGuid()}/redirect", new
        {
            addressee = new { kind = "Employee", id = nadia },
            comment = "Nadia knows this client",
        })).EnsureSuccessStatusCode();
        var followUp = await TaskAsync(order, "Process this order?"); // the open one: the original is done
        Assert.NotEqual(question.GetProperty("id").GetGuid(), followUp.GetProperty("id").GetGuid());
        var instance = await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "still running");
        var card = await (await Manager.GetAsync($"/api/processes/instances/{instance.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
        Assert.DoesNotContain(card.GetProperty("tokens").EnumerateArray(), t => t.GetProperty("status").GetString() == "Incident");

        var asNadia = app.Factory.ClientFor(nadia, "Nadia");
        (await asNadia.PostJsonAsync($"/api/tasking/tasks/{followUp.GetProperty("id").GetGuid()}/complete", new { result = "yes" })).EnsureSuccessStatusCode();

        await TaskAsync(order, Call); // the process went on by Nadia's answer
    }
}

[Trait("Provider", "Sqlite")]
public sealed class NewOrderProcessingSqliteTests(SqliteSystemApi app) : NewOrderProcessingTests(app), IClassFixture<SqliteSystemApi>;

[Trait("Provider", "Postgres")]
public sealed class NewOrderProcessingPostgresTests(PostgresSystemApi app) : NewOrderProcessingTests(app), IClassFixture<PostgresSystemApi>;
