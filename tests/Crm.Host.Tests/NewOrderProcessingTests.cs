using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Processes.Contracts;
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
/// together, through HTTP only — a manager places orders, takes payments and answers tasks; the clock moves. Every
/// path of the process (seed 003) runs on an unpaid order and on a partially paid one (100.00 of 300.00 paid in the
/// first minute), and checks what a manager sees on the order's card (status and open tasks) and that no instance
/// had an action refused or ended in an incident.
/// </summary>
public abstract class NewOrderProcessingTests(SystemApi app)
{
    private const string Phone = "+351 912 345 678";
    private const string ProcessIt = "Process this order?";
    private const string AskPhone = "Ask the client for a phone number?";
    private const string ControlCall = "Control call: the client left a phone";
    private const string Call = "Call the client about the order";
    private const string WillPay = "Will the order be paid?";
    private const string CancelIt = "Cancel the order?";

    private HttpClient Manager => app.Administrator;

    private async Task<(Guid Client, Guid Order)> NewOrderAsync(string? phone = Phone)
    {
        var client = (await (await Manager.PostJsonAsync("/api/sales/clients", new
        {
            name = "Rita Almeida",
            email = $"rita.{Guid.NewGuid():N}@example.com",
            phone,
            telegram = (string?)null,
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

    private Task<JsonElement> FinishedAsync(Guid order, string what) =>
        InstanceAsync(order, i => i.GetProperty("state").GetString() == "Finished", what);

    private Task<JsonElement> TaskAsync(Guid order, string title, string status = "") =>
        Eventually.HoldsAsync(
            async () => (await (await Manager.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={order}{status}")).ReadAsync<JsonElement>())
                .GetProperty("items").EnumerateArray().FirstOrDefault(t => t.GetProperty("title").GetString() == title),
            task => task.ValueKind == JsonValueKind.Object, $"a task '{title}'");

    private async Task AnswerAsync(JsonElement task, string result, string? comment = null, DateTimeOffset? moment = null) =>
        (await Manager.PostJsonAsync($"/api/tasking/tasks/{task.GetProperty("id").GetGuid()}/complete", new { result, comment, moment })).EnsureSuccessStatusCode();

    private async Task AnswerAsync(Guid order, string title, string result, string? comment = null, DateTimeOffset? moment = null) =>
        await AnswerAsync(await TaskAsync(order, title), result, comment, moment);

    private async Task PayAsync(Guid order, decimal amount) =>
        (await Manager.PostJsonAsync($"/api/sales/orders/{order}/payments", new { amount, method = "Transfer" })).EnsureSuccessStatusCode();

    /// <summary>
    /// Order placed; unless unpaid, 100.00 of its 300.00 paid within the first minute (which does not end the process);
    /// the minute passed and the manager said "yes, process it".
    /// </summary>
    private async Task<(Guid Client, Guid Order)> ProcessedOrderAsync(bool partiallyPaid, string? phone = Phone)
    {
        var (client, order) = await NewOrderAsync(phone);
        await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "the process started");
        if (partiallyPaid)
        {
            await PayAsync(order, 100m);
            await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == order.ToString() && f.Event == "partially-paid");
        }

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await AnswerAsync(order, ProcessIt, "yes");
        return (client, order);
    }

    /// <summary>No phone, the message skipped, five days passed: the order is pending and waits three more days for a phone.</summary>
    private async Task<(Guid Client, Guid Order)> PendingWithoutPhoneAsync(bool partiallyPaid)
    {
        var (client, order) = await ProcessedOrderAsync(partiallyPaid, phone: null);
        await AnswerAsync(order, AskPhone, "skipped");
        await WaitingAtAsync(order, "16-wait-phone");
        app.Clock.Advance(TimeSpan.FromDays(5));
        await CardShowsAsync(order, "Pending");
        await WaitingAtAsync(order, "18-wait-phone");
        return (client, order);
    }

    /// <summary>The status the manager set for an order that is being worked: in progress, or partially paid if money came.</summary>
    private static string Worked(bool partiallyPaid) => partiallyPaid ? "PartiallyPaid" : "InProgress";

    /// <summary>What a manager sees on the order's card: its status and the titles of its open tasks.</summary>
    private Task<JsonElement> CardShowsAsync(Guid order, string status, params string[] openTasks) => Eventually.HoldsAsync(
        async () => await (await Manager.GetAsync($"/api/sales/orders/{order}")).ReadAsync<JsonElement>(),
        o => o.GetProperty("status").GetString() == status
            && o.GetProperty("openTasks").EnumerateArray().Select(t => t.GetProperty("title").GetString()).Order().SequenceEqual(openTasks.Order()),
        $"the order is {status} with open tasks [{string.Join(", ", openTasks)}]");

    private async Task ChangePhoneAsync(Guid client, string? phone)
    {
        var card = await (await Manager.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>();
        (await Manager.PutAsJsonAsync($"/api/sales/clients/{client}", new
        {
            name = card.GetProperty("name").GetString(),
            email = card.GetProperty("email").GetString(),
            phone,
            telegram = (string?)null,
            timeZone = "Europe/Lisbon",
        }, Json.Options)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Waits until some running instance on the order (the process or its subprocess) has a token waiting at
    /// <paramref name="block"/> (on a timer, or on facts with a time limit): only then may the test move the clock, or
    /// it would outrun answers in flight.
    /// </summary>
    private Task WaitingAtAsync(Guid order, string block) =>
        Eventually.HoldsAsync(
            async () =>
            {
                foreach (var card in await InstanceCardsAsync(order, "&state=Running"))
                {
                    if (card.GetProperty("tokens").EnumerateArray().Any(t => t.GetProperty("blockId").GetString() == block && t.GetProperty("wait").GetString() is "Timer" or "Facts"))
                    {
                        return true;
                    }
                }

                return false;
            },
            waiting => waiting, $"a timer at {block}");

    private async Task<IReadOnlyList<JsonElement>> InstanceCardsAsync(Guid order, string filter = "")
    {
        var cards = new List<JsonElement>();
        var list = await (await Manager.GetAsync($"/api/processes/instances?objectType=order&objectId={order}{filter}")).ReadAsync<JsonElement>();
        foreach (var instance in list.EnumerateArray())
        {
            cards.Add(await (await Manager.GetAsync($"/api/processes/instances/{instance.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>());
        }

        return cards;
    }

    /// <summary>No instance on the order (the process, its subprocesses) had an action fail or refused, nor an incident.</summary>
    private async Task NoIncidentAsync(Guid order)
    {
        var cards = await InstanceCardsAsync(order);
        Assert.NotEmpty(cards);
        foreach (var card in cards)
        {
            Assert.Equal(JsonValueKind.Null, card.GetProperty("incident").ValueKind);
            Assert.False(card.GetProperty("summary").GetProperty("hasIncident").GetBoolean());
            var failures = card.GetProperty("trace").EnumerateArray().Select(t => t.GetProperty("detail").GetString() ?? string.Empty)
                .Where(d => d.StartsWith("Attempt", StringComparison.Ordinal) || d.StartsWith("Incident", StringComparison.Ordinal));
            Assert.Empty(failures);
        }
    }

    /// <summary>
    /// The client's communication history shows the answer that carried <paramref name="comment"/> as the manager gave
    /// it (the answer's label, not its code, then the comment), by the manager who gave it: what a manager reading the
    /// card checks. Waits only for that answer's entry to arrive (notes travel as events), then asserts on it.
    /// </summary>
    private async Task AnswerOnClientCardAsync(Guid client, string comment, string text)
    {
        static JsonElement? Answer(JsonElement card, string comment) => card.GetProperty("history").EnumerateArray()
            .Where(h => h.GetProperty("kind").GetString() == "TaskAnswer" && h.GetProperty("text").GetString()!.EndsWith(comment, StringComparison.Ordinal))
            .Select(h => (JsonElement?)h).FirstOrDefault();

        var card = await Eventually.HoldsAsync(
            async () => await (await Manager.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>(),
            c => Answer(c, comment) is not null, $"the answer '{comment}' on the client's card");
        var entry = Answer(card, comment)!.Value;
        Assert.Equal((text, app.AdministratorId), (entry.GetProperty("text").GetString(), entry.GetProperty("employeeId").GetGuid()));
    }

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
        await PayAsync(order, 300m);

        var ended = await FinishedAsync(order, "the paid order ended the process");
        Assert.Equal("positive", Outcome(ended));
        app.Clock.Advance(TimeSpan.FromMinutes(2)); // the one-minute delay went with the instance: no question follows
        var tasks = await (await Manager.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={order}&status=New&status=InProgress&status=Done&status=Cancelled")).ReadAsync<JsonElement>();
        Assert.Empty(tasks.GetProperty("items").EnumerateArray());
        await CardShowsAsync(order, "Paid");
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_duplicate_is_marked_false_and_the_answer_shows_on_the_client_card(bool partiallyPaid)
    {
        var (client, order) = await NewOrderAsync();
        await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "the process started");
        if (partiallyPaid)
        {
            await PayAsync(order, 100m);
        }

        app.Clock.Advance(TimeSpan.FromSeconds(61));
        await CardShowsAsync(order, partiallyPaid ? "PartiallyPaid" : "New", ProcessIt);
        await AnswerAsync(order, ProcessIt, "duplicate", comment: "Ordered twice by mistake");

        Assert.Equal("negative", Outcome(await FinishedAsync(order, "the duplicate ended the process")));
        await CardShowsAsync(order, "False");
        await AnswerOnClientCardAsync(client, "Ordered twice by mistake", "Task answered: This is a duplicate — Ordered twice by mistake");
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_client_with_a_phone_is_called_and_the_main_administrator_may_take_the_call(bool partiallyPaid)
    {
        var (_, order) = await ProcessedOrderAsync(partiallyPaid);
        await CardShowsAsync(order, Worked(partiallyPaid), Call);

        var call = await TaskAsync(order, Call);
        var taken = await (await Manager.PostAsync($"/api/tasking/tasks/{call.GetProperty("id").GetGuid()}/take", null)).ReadAsync<JsonElement>();
        Assert.Equal(app.AdministratorId, taken.GetProperty("assignee").GetProperty("id").GetGuid()); // not an executor, yet may (ADR 0046)
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_client_without_a_phone_is_not_confirmed_asked_for_one_and_called_once_it_is_on_the_card(bool partiallyPaid)
    {
        var (client, order) = await ProcessedOrderAsync(partiallyPaid, phone: null);
        await CardShowsAsync(order, "NotConfirmed", AskPhone);
        await AnswerAsync(order, AskPhone, "confirm");
        await Eventually.HoldsAsync(
            async () => await (await Manager.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>(),
            c => c.GetProperty("messages").GetArrayLength() > 0, "the message asking for a phone");
        await WaitingAtAsync(order, "16-wait-phone");

        await ChangePhoneAsync(client, "+351 913 000 111");

        await CardShowsAsync(order, "NotConfirmed", Call);
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Without_a_phone_for_five_days_the_order_is_pending_and_after_three_more_the_process_gives_up(bool partiallyPaid)
    {
        var (_, order) = await PendingWithoutPhoneAsync(partiallyPaid);

        app.Clock.Advance(TimeSpan.FromDays(3));

        Assert.Equal("neutral", Outcome(await FinishedAsync(order, "no phone after eight days")));
        await CardShowsAsync(order, "Pending");
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_phone_left_while_pending_asks_for_a_control_call_then_the_calls_begin(bool partiallyPaid)
    {
        var (client, order) = await PendingWithoutPhoneAsync(partiallyPaid);

        await ChangePhoneAsync(client, "+351 913 444 555");

        await CardShowsAsync(order, "Pending", ControlCall);
        await AnswerAsync(order, ControlCall, "done");
        await CardShowsAsync(order, "Pending", Call);
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_wrong_number_is_dropped_the_client_is_asked_for_the_right_one_and_called_again(bool partiallyPaid)
    {
        var (client, order) = await ProcessedOrderAsync(partiallyPaid);
        await AnswerAsync(order, Call, "wrong-number", comment: "A pizzeria answered");
        await Eventually.HoldsAsync(
            async () => await (await Manager.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>(),
            c => c.GetProperty("phone").ValueKind == JsonValueKind.Null && c.GetProperty("messages").GetArrayLength() > 0, "the wrong phone dropped and the client written to");
        await CardShowsAsync(order, Worked(partiallyPaid));
        await WaitingAtAsync(order, "16-wait-phone");

        await ChangePhoneAsync(client, "+351 913 222 333");

        await CardShowsAsync(order, Worked(partiallyPaid), Call); // a new round of calls, to the new number
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Unreachable_after_three_calls_a_day_for_three_days_writes_to_the_client_and_ends(bool partiallyPaid)
    {
        var (_, order) = await ProcessedOrderAsync(partiallyPaid);
        for (var call = 1; call <= 9; call++)
        {
            await AnswerAsync(order, Call, "no-answer");
            if (call < 9)
            {
                var nextDay = call % 3 == 0;
                await WaitingAtAsync(order, nextDay ? "K-wait-day" : "I-wait-30m");
                app.Clock.Advance(nextDay ? TimeSpan.FromDays(1) : TimeSpan.FromMinutes(30));
            }
        }

        Assert.Equal("neutral", Outcome(await FinishedAsync(order, "gave up after nine calls")));
        var done = await (await Manager.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={order}&status=Done&limit=50")).ReadAsync<JsonElement>();
        Assert.Equal(9, done.GetProperty("items").EnumerateArray().Count(t => t.GetProperty("title").GetString() == Call));
        await CardShowsAsync(order, Worked(partiallyPaid));
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_duplicate_found_on_the_call_is_marked_false(bool partiallyPaid)
    {
        var (_, order) = await ProcessedOrderAsync(partiallyPaid);
        await AnswerAsync(order, Call, "duplicate", comment: "Already ordered by phone");

        Assert.Equal("negative", Outcome(await FinishedAsync(order, "the duplicate ended the process")));
        await CardShowsAsync(order, "False");
        await NoIncidentAsync(order);
    }

    /// <summary>
    /// Steps 23–26: "will pay" waits for the expected payment and calls again. An unpaid order awaits payment; a
    /// partially paid one keeps its status, the one it had when the calls began: partially paid, or not confirmed
    /// if the client had no phone (the money received still counts as partially paid: step 24 skips step 25).
    /// </summary>
    [Theory]
    [InlineData(false, true, "AwaitingPayment")]
    [InlineData(true, true, "PartiallyPaid")]
    [InlineData(true, false, "NotConfirmed")]
    [InlineData(false, false, "AwaitingPayment")]
    public async Task Will_pay_waits_for_the_expected_payment_and_then_calls_again(bool partiallyPaid, bool hasPhone, string status)
    {
        var (client, order) = await ProcessedOrderAsync(partiallyPaid, hasPhone ? Phone : null);
        if (!hasPhone)
        {
            await AnswerAsync(order, AskPhone, "skipped");
            await WaitingAtAsync(order, "16-wait-phone");
            await ChangePhoneAsync(client, "+351 913 666 777");
        }

        await AnswerAsync(order, Call, "reached", comment: "Will pay by transfer");
        await AnswerAsync(order, WillPay, "yes", comment: "Salary on Friday", moment: app.Clock.GetUtcNow().AddDays(2));
        await CardShowsAsync(order, status);
        await WaitingAtAsync(order, "26-wait-payment");

        app.Clock.Advance(TimeSpan.FromDays(2));

        await CardShowsAsync(order, status, Call);
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Will_not_pay_and_cancel_cancels_the_order_with_its_reason(bool partiallyPaid)
    {
        var (client, order) = await ProcessedOrderAsync(partiallyPaid);
        await AnswerAsync(order, Call, "reached");
        await AnswerAsync(order, WillPay, "no", comment: "Found it cheaper elsewhere");
        await CardShowsAsync(order, Worked(partiallyPaid), CancelIt);
        await AnswerAsync(order, CancelIt, "yes");

        Assert.Equal("negative", Outcome(await FinishedAsync(order, "the order was cancelled")));
        var card = await CardShowsAsync(order, "Cancelled");
        Assert.Equal("The client will not pay", card.GetProperty("cancellationReason").GetString());
        await AnswerOnClientCardAsync(client, "Found it cheaper elsewhere", "Task answered: No — Found it cheaper elsewhere");
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Will_not_pay_but_not_cancelled_the_order_is_pending_and_called_back_when_the_manager_said(bool partiallyPaid)
    {
        var (_, order) = await ProcessedOrderAsync(partiallyPaid);
        await AnswerAsync(order, Call, "reached");
        await AnswerAsync(order, WillPay, "no");
        await AnswerAsync(order, CancelIt, "no", comment: "Call after the holidays", moment: app.Clock.GetUtcNow().AddDays(3));
        await CardShowsAsync(order, "Pending");
        await WaitingAtAsync(order, "31-call-back-later");

        app.Clock.Advance(TimeSpan.FromDays(3));

        await CardShowsAsync(order, "Pending", Call);
        await NoIncidentAsync(order);
    }

    [Fact]
    public async Task A_partial_payment_during_the_calls_keeps_the_process_going_and_the_order_is_not_set_awaiting_payment()
    {
        var (_, order) = await ProcessedOrderAsync(partiallyPaid: false);
        await CardShowsAsync(order, "InProgress", Call);

        await PayAsync(order, 100m);

        await CardShowsAsync(order, "PartiallyPaid", Call);
        await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "still running");
        await AnswerAsync(order, Call, "reached");
        await AnswerAsync(order, WillPay, "yes", moment: app.Clock.GetUtcNow().AddDays(1));
        await WaitingAtAsync(order, "26-wait-payment");
        await CardShowsAsync(order, "PartiallyPaid");
        await NoIncidentAsync(order);
    }

    [Theory]
    [InlineData(false, Phone)]
    [InlineData(true, Phone)]
    [InlineData(true, null)]
    public async Task Paying_the_rest_while_a_task_is_open_ends_the_process_and_closes_the_task(bool partiallyPaid, string? phone)
    {
        var (_, order) = await ProcessedOrderAsync(partiallyPaid, phone);
        var open = phone is null ? AskPhone : Call;
        var task = await TaskAsync(order, open);
        await CardShowsAsync(order, phone is null ? "NotConfirmed" : Worked(partiallyPaid), open);

        await PayAsync(order, partiallyPaid ? 200m : 300m);

        Assert.Equal("positive", Outcome(await FinishedAsync(order, "the payment ended the process")));
        var closed = await TaskAsync(order, open, "&status=Cancelled");
        Assert.Equal(task.GetProperty("id").GetGuid(), closed.GetProperty("id").GetGuid());
        await CardShowsAsync(order, "Paid");
        await NoIncidentAsync(order);
    }

    /// <summary>
    /// A new installation has none of the demo positions the shipped processes name: its main administrator chooses
    /// the executors by editing both processes (export, change "executors", PUT, activate), as README.md says.
    /// </summary>
    [Fact]
    public async Task A_new_installation_chooses_the_executors_and_they_see_and_take_the_tasks()
    {
        var position = (await (await Manager.PostJsonAsync("/api/tasking/positions", new { name = "Sales manager" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var bruno = (await (await Manager.PostJsonAsync("/api/tasking/employees", new { name = "Bruno", timeZone = "Europe/Lisbon", positionIds = new[] { position } }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        foreach (var definition in new[] { "7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000003", "7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000001" })
        {
            var document = JsonNode.Parse(await (await Manager.GetAsync($"/api/processes/definitions/{definition}/export")).Content.ReadAsStringAsync())!;
            document["executors"] = new JsonArray(new JsonObject { ["kind"] = "Position", ["id"] = position.ToString() });
            (await Manager.PutAsJsonAsync($"/api/processes/definitions/{definition}", document, Json.Options)).EnsureSuccessStatusCode();
            (await Manager.PostAsync($"/api/processes/definitions/{definition}/activate", null)).EnsureSuccessStatusCode();
        }

        var asBruno = app.Factory.ClientFor(bruno, "Bruno");
        var (_, order) = await NewOrderAsync();
        await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "the process started");
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        foreach (var (title, answer) in new[] { (ProcessIt, "yes"), (Call, "reached") })
        {
            var task = await Eventually.HoldsAsync(
                async () => (await (await asBruno.GetAsync("/api/tasking/inbox")).ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                    .FirstOrDefault(t => t.GetProperty("title").GetString() == title && t.GetProperty("subject").GetProperty("id").GetString() == order.ToString()),
                t => t.ValueKind == JsonValueKind.Object, $"'{title}' in Bruno's inbox");
            var id = task.GetProperty("id").GetGuid();
            (await asBruno.PostAsync($"/api/tasking/tasks/{id}/take", null)).EnsureSuccessStatusCode();
            (await asBruno.PostJsonAsync($"/api/tasking/tasks/{id}/complete", new { result = answer })).EnsureSuccessStatusCode();
        }

        await CardShowsAsync(order, "InProgress", WillPay);
        await NoIncidentAsync(order);
    }

    [Fact]
    public async Task A_redirected_question_waits_for_the_new_addressee_and_their_answer_moves_the_process_on()
    {
        var nadia = (await (await Manager.PostJsonAsync("/api/tasking/employees", new { name = "Nadia", timeZone = "Europe/Lisbon" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var (_, order) = await NewOrderAsync();
        await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "the process started");
        app.Clock.Advance(TimeSpan.FromSeconds(61));
        var question = await TaskAsync(order, ProcessIt);

        (await Manager.PostJsonAsync($"/api/tasking/tasks/{question.GetProperty("id").GetGuid()}/redirect", new
        {
            addressee = new { kind = "Employee", id = nadia },
            comment = "Nadia knows this client",
        })).EnsureSuccessStatusCode();
        var followUp = await TaskAsync(order, ProcessIt); // the open one: the original is done
        Assert.NotEqual(question.GetProperty("id").GetGuid(), followUp.GetProperty("id").GetGuid());
        var instance = await InstanceAsync(order, i => i.GetProperty("state").GetString() == "Running", "still running");
        var card = await (await Manager.GetAsync($"/api/processes/instances/{instance.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>();
        Assert.DoesNotContain(card.GetProperty("tokens").EnumerateArray(), t => t.GetProperty("status").GetString() == "Incident");

        var asNadia = app.Factory.ClientFor(nadia, "Nadia");
        (await asNadia.PostJsonAsync($"/api/tasking/tasks/{followUp.GetProperty("id").GetGuid()}/complete", new { result = "yes" })).EnsureSuccessStatusCode();

        await TaskAsync(order, Call); // the process went on by Nadia's answer
        await NoIncidentAsync(order);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class NewOrderProcessingSqliteTests(SqliteSystemApi app) : NewOrderProcessingTests(app), IClassFixture<SqliteSystemApi>;

[Trait("Provider", "Postgres")]
public sealed class NewOrderProcessingPostgresTests(PostgresSystemApi app) : NewOrderProcessingTests(app), IClassFixture<PostgresSystemApi>;
