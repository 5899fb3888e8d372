using System.Text.Json;
using Crm.Modules.Processes.Application.Instances;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Tests.Support;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Processes.Tests.Engine;

/// <summary>
/// "New order processing" with "Call within 3 days", driven through every path of the seed on test orders: the
/// order's facts arrive as its module would report them, managers answer the tasks, and the clock moves.
/// </summary>
public abstract class ReferenceProcessTests(EngineApi app) : IAsyncLifetime
{
    private readonly Support.Engine _engine = new(app);

    public async ValueTask InitializeAsync() => await app.SharedAsync("reference-process", async _ =>
    {
        var call = await _engine.DefineAsync(ReferenceProcess.CallWithinThreeDays());
        return (object)await _engine.DefineAsync(ReferenceProcess.NewOrderProcessing(call));
    });

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>An order is created (New, unpaid); the process starts by itself. Returns the order id and its instance.</summary>
    private async Task<(string Order, Guid Instance)> NewOrderAsync(bool hasPhone = true, bool partiallyPaid = false)
    {
        var order = "order-" + Guid.NewGuid().ToString("N")[..8];
        await _engine.ReportAsync(order, FactsReportedIntegrationEvent.Created,
            ("status", "New"), ("paid", false), ("partially-paid", partiallyPaid), ("client.has-phone", hasPhone), ("client.phone", hasPhone ? "+351 912 000 000" : null));
        var instances = await (await app.Administrator.GetAsync($"/api/processes/instances?objectId={order}&state=Running")).ReadAsync<List<InstanceSummary>>();
        return (order, Assert.Single(instances, i => i.ProcessName == "New order processing").Id);
    }

    private async Task AnswerAsync(string order, string block, string answer, int occurrence = 1, string? comment = null, DateTime? moment = null) =>
        await _engine.AnswerAsync(await _engine.TaskAboutAsync(order, block, occurrence), answer, comment, moment);

    private async Task<InstanceDto> EndsAsync(Guid instance, string outcome)
    {
        InstanceDto ended;
        try
        {
            ended = await Eventually.HoldsAsync(() => _engine.InstanceAsync(instance), i => i.Summary.State != InstanceState.Running, "the instance ended");
        }
        catch (TimeoutException)
        {
            var running = await _engine.InstanceAsync(instance);
            throw new Xunit.Sdk.XunitException($"Still running: {string.Join(", ", running.Tokens.Select(t => $"{t.BlockId}/{t.Status}/{t.Wait}"))}\n{Support.Engine.Describe(running)}");
        }

        Assert.True(outcome == ended.Summary.Outcome, $"Expected {outcome}, got {ended.Summary.Outcome}:\n{Support.Engine.Describe(ended)}");
        return ended;
    }

    private IEnumerable<string> Performed(string order) =>
        app.Objects.Performed.Where(a => a.Subject.Id == order).Select(a => a.Action == "send-message" ? $"send-message:{a.Parameters["template"]}" : a.Action);

    [Fact]
    public async Task Paid_within_the_first_minute_asks_nobody_anything()
    {
        var (order, instance) = await NewOrderAsync();
        await _engine.AdvanceAsync(TimeSpan.FromSeconds(30));
        await _engine.ReportAsync(order, "paid", ("paid", true), ("status", "Paid"));

        await EndsAsync(instance, "positive");
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(5));
        Assert.Empty(_engine.TasksAbout(order));
    }

    [Fact]
    public async Task A_duplicate_is_marked_false_and_the_process_ends()
    {
        var (order, instance) = await NewOrderAsync();
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        await AnswerAsync(order, "8-process", "duplicate", comment: "Same order as yesterday");

        var ended = await EndsAsync(instance, "negative");
        Assert.Equal(["mark-duplicate"], Performed(order));
        Assert.Contains(ended.Trace, t => t.BlockId == "8-process" && t.Comment == "Same order as yesterday");
    }

    [Fact]
    public async Task A_client_without_a_phone_is_asked_for_one_and_called_once_it_arrives()
    {
        var (order, instance) = await NewOrderAsync(hasPhone: false);
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        await AnswerAsync(order, "8-process", "yes");
        await AnswerAsync(order, "15-ask-phone", "confirm"); // the manager confirms the message

        await _engine.WaitingAtAsync(instance, "16-wait-phone");
        Assert.Equal(["assign-manager", "set-status", "set-status", "send-message:ask-for-phone"], Performed(order));
        await _engine.AdvanceAsync(TimeSpan.FromDays(2));
        Assert.DoesNotContain(_engine.TasksAbout(order), t => t.BlockId == "C-call");

        await _engine.ReportAsync(order, null, ("client.has-phone", true), ("client.phone", "+351 912 111 111"));
        Assert.Equal("call", (await _engine.TaskAboutAsync(order, "C-call")).Kind);
    }

    [Fact]
    public async Task A_wrong_number_asks_for_the_right_one_and_calls_again()
    {
        var (order, instance) = await NewOrderAsync();
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        await AnswerAsync(order, "8-process", "yes");
        await AnswerAsync(order, "C-call", "wrong-number");

        await _engine.WaitingAtAsync(instance, "16-wait-phone"); // asked for the right number, listening for it
        Assert.Contains("send-message:ask-for-right-number", Performed(order));
        await _engine.ReportAsync(order, null, ("client.phone-wrong", false), ("client.phone", "+351 912 222 222"));
        await _engine.TaskAboutAsync(order, "C-call", occurrence: 2);
    }

    [Fact]
    public async Task Unreachable_after_three_calls_a_day_for_three_days()
    {
        var (order, instance) = await NewOrderAsync();
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        await AnswerAsync(order, "8-process", "yes");
        var call = 0;
        for (var day = 0; day < 3; day++)
        {
            for (var attempt = 0; attempt < 3; attempt++)
            {
                await AnswerAsync(order, "C-call", "no-answer", ++call);
                if (call < 9) // after the ninth, nothing waits: the process moves on at once
                {
                    await _engine.AdvanceAsync(attempt < 2 ? TimeSpan.FromMinutes(30) : TimeSpan.FromDays(1));
                }
            }
        }

        var ended = await EndsAsync(instance, "neutral");
        Assert.Equal(9, _engine.TasksAbout(order).Count(t => t.BlockId == "C-call"));
        Assert.Contains("send-message:please-contact-us", Performed(order));
        Assert.Contains(ended.Trace, t => t.BlockId == "20-call" && t.Exit == "unreachable");
    }

    [Fact]
    public async Task Will_pay_waits_for_the_expected_payment_then_calls_again()
    {
        var (order, instance) = await NewOrderAsync();
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        await AnswerAsync(order, "8-process", "yes");
        await AnswerAsync(order, "C-call", "reached", comment: "Will pay by card");
        var expected = _engine.Clock.GetUtcNow().UtcDateTime.AddDays(2);
        await AnswerAsync(order, "23-will-pay", "yes", comment: "Salary on Friday", moment: expected);

        await Eventually.HoldsAsync(() => Task.FromResult(Performed(order).ToList()), p => p.Count == 3, "status set to AwaitingPayment");
        Assert.Equal("AwaitingPayment", app.Objects.Performed.Last(a => a.Subject.Id == order).Parameters["status"]);
        // The action's answer reaches the engine after it was performed: only then is the delay's timer set, and the
        // clock must not pass the expected payment before it is (under load it did, and nothing fired the timer).
        await _engine.WaitingAtAsync(instance, "26-wait-payment");
        await _engine.AdvanceAsync(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        Assert.Single(_engine.TasksAbout(order), t => t.BlockId == "C-call");
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        await _engine.TaskAboutAsync(order, "C-call", occurrence: 2); // a new round of calls
    }

    [Fact]
    public async Task Will_not_pay_and_cancel_cancels_the_order()
    {
        var (order, instance) = await NewOrderAsync();
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        await AnswerAsync(order, "8-process", "yes");
        await AnswerAsync(order, "C-call", "reached");
        await AnswerAsync(order, "23-will-pay", "no", comment: "Found it cheaper");
        await AnswerAsync(order, "27-cancel?", "yes");

        await EndsAsync(instance, "negative");
        Assert.Equal("The client will not pay", app.Objects.Performed.Single(a => a.Subject.Id == order && a.Action == "cancel").Parameters["reason"]);
    }

    [Fact]
    public async Task A_payment_while_a_call_task_is_open_ends_the_process_and_the_task_closes_by_itself()
    {
        var (order, instance) = await NewOrderAsync();
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        await AnswerAsync(order, "8-process", "yes");
        var call = await _engine.TaskAboutAsync(order, "C-call");

        await _engine.ReportAsync(order, "paid", ("paid", true), ("status", "Paid"));

        await EndsAsync(instance, "positive");
        Assert.False((await _engine.EndedAsync(instance)).Cancelled);
        var child = await _engine.InstanceAsync(call.ProcessInstanceId);
        Assert.Equal(InstanceState.Cancelled, child.Summary.State); // the subprocess went with its caller
        var childEnded = await _engine.EndedAsync(call.ProcessInstanceId); // …and Tasking closes its open call task on this event
        Assert.Equal([call.RequestId], childEnded.OpenTaskRequestIds!);
        var tasks = await Eventually.HoldsAsync(
            async () => await (await app.Administrator.GetAsync($"/api/tasking/tasks?subjectType=test-order&subjectId={order}&status=Cancelled")).ReadAsync<JsonElement>(),
            page => page.GetProperty("items").GetArrayLength() > 0, "the open call task was cancelled in Tasking");
        Assert.Contains(tasks.GetProperty("items").EnumerateArray(), t => t.GetProperty("title").GetString() == call.Title);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class ReferenceProcessSqliteTests(SqliteEngineApi app) : ReferenceProcessTests(app), IClassFixture<SqliteEngineApi>;

[Trait("Provider", "Postgres")]
public sealed class ReferenceProcessPostgresTests(PostgresEngineApi app) : ReferenceProcessTests(app), IClassFixture<PostgresEngineApi>;
