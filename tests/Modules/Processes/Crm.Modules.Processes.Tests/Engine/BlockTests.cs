using System.Net.Http.Json;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Tests.Support;
using Crm.Tests.Support;
using Microsoft.Extensions.Logging;
using Xunit;
using static Crm.Modules.Processes.Tests.Support.Blocks;

namespace Crm.Modules.Processes.Tests.Engine;

/// <summary>Every block type, driven with a controlled clock: no test sleeps to let time pass.</summary>
public abstract class BlockTests(EngineApi app)
{
    private readonly Support.Engine _engine = new(app);

    private static string NewObject() => "o-" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task A_question_becomes_a_task_and_the_answer_with_its_comment_chooses_the_exit()
    {
        var definition = await _engine.DefineAsync(Process("Ask", Start("ask"),
            Question("ask", "Process this order?", ("yes", "done"), ("duplicate", "dup")), Finish("done", "positive"), Finish("dup", "negative")));
        var instance = await _engine.StartAsync(definition, NewObject());

        var task = await _engine.TaskAsync(instance, "ask");
        Assert.Equal(("question", "Process this order?", 5), (task.Kind, task.Title, task.Priority));
        Assert.Equal(["yes", "duplicate"], task.Answers.Select(a => a.Code));
        await _engine.AnswerAsync(task, "duplicate", "Same client ordered twice");

        var ended = await _engine.StateAsync(instance, InstanceState.Finished);
        Assert.Equal("negative", ended.Summary.Outcome);
        var answered = Assert.Single(ended.Trace, t => t.BlockId == "ask" && t.Exit == "duplicate");
        Assert.Equal((_engine.Manager, "Same client ordered twice"), (answered.EmployeeId!.Value, answered.Comment));
        var endedEvent = await _engine.EndedAsync(instance);
        Assert.Equal("negative", endedEvent.Outcome);
        Assert.Empty(endedEvent.OpenTaskRequestIds!); // answered: Tasking has nothing left to close
    }

    [Fact]
    public async Task A_finish_on_one_branch_ends_the_others_their_timers_and_their_tasks()
    {
        var definition = await _engine.DefineAsync(Process("Fork", Start("fork"),
            new BlockDefinition { Id = "fork", Type = BlockTypes.Fork, Branches = ["wait-paid", "delay"] },
            new BlockDefinition { Id = "wait-paid", Type = BlockTypes.Wait, Condition = "paid = true", Limit = TimeSpan.FromDays(30), Exits = Exits(("holds", "paid"), ("limit", "gave-up")) },
            new BlockDefinition { Id = "delay", Type = BlockTypes.Delay, Duration = TimeSpan.FromMinutes(1), Exits = Exits(("next", "ask")) },
            Question("ask", "Call the client?", ("yes", "gave-up")),
            Finish("paid", "positive"), Finish("gave-up", "neutral")));
        var order = NewObject();
        var instance = await _engine.StartAsync(definition, order);
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(1));
        var task = await _engine.TaskAsync(instance, "ask");

        await _engine.ReportAsync(order, "paid", ("paid", true));

        var ended = await _engine.StateAsync(instance, InstanceState.Finished);
        Assert.Equal("positive", ended.Summary.Outcome);
        Assert.Empty(ended.Tokens);
        var endedEvent = await _engine.EndedAsync(instance);
        Assert.False(endedEvent.Cancelled);
        Assert.Equal([task.RequestId], endedEvent.OpenTaskRequestIds!); // Tasking closes the open call task on this event
        await _engine.AnswerAsync(task, "yes"); // too late: changes nothing
        Assert.Equal("positive", (await _engine.InstanceAsync(instance)).Summary.Outcome);
        await _engine.AdvanceAsync(TimeSpan.FromDays(31));
        Assert.Equal(ended.Trace.Count, (await _engine.InstanceAsync(instance)).Trace.Count); // the 30-day limit timer went with it
    }

    [Fact]
    public async Task A_wait_ends_by_its_limit_when_the_condition_never_holds()
    {
        var definition = await _engine.DefineAsync(Process("Wait", Start("wait"),
            new BlockDefinition { Id = "wait", Type = BlockTypes.Wait, Condition = "phone is not null", Limit = TimeSpan.FromDays(5), Exits = Exits(("holds", "got"), ("limit", "none")) },
            Finish("got", "positive"), Finish("none", "neutral")));
        var order = NewObject();
        var instance = await _engine.StartAsync(definition, order);

        await _engine.ReportAsync(order, null, ("email", "a@b.c")); // other facts do not end the wait
        await _engine.AdvanceAsync(TimeSpan.FromDays(5) - TimeSpan.FromSeconds(1));
        await _engine.StateAsync(instance, InstanceState.Running);
        await _engine.AdvanceAsync(TimeSpan.FromSeconds(1));

        var ended = await _engine.StateAsync(instance, InstanceState.Finished);
        Assert.Equal("neutral", ended.Summary.Outcome);
        Assert.Contains(ended.Trace, t => t.BlockId == "wait" && t.Exit == "limit");
    }

    [Fact]
    public async Task A_delay_can_wait_until_the_moment_the_manager_entered()
    {
        var definition = await _engine.DefineAsync(Process("Call back", Start("ask"),
            new BlockDefinition
            {
                Id = "ask",
                Type = BlockTypes.Call,
                Title = "When can we call back?",
                Script = "Hello, this is the service station…",
                Answers = [new AnswerDefinition("later", "Call later", AsksForMoment: true)],
                Exits = Exits(("later", "wait")),
            },
            new BlockDefinition { Id = "wait", Type = BlockTypes.Delay, Until = BlockTypes.AnswerMoment, Exits = Exits(("next", "done")) },
            Finish("done", "positive")));
        var instance = await _engine.StartAsync(definition, NewObject());
        var task = await _engine.TaskAsync(instance, "ask");
        Assert.Equal(("call", "Hello, this is the service station…", true), (task.Kind, task.Script, task.Answers[0].AsksForMoment));

        await _engine.AnswerAsync(task, "later", moment: _engine.Clock.GetUtcNow().UtcDateTime.AddHours(3));
        await _engine.AdvanceAsync(TimeSpan.FromHours(2));
        await _engine.StateAsync(instance, InstanceState.Running);
        await _engine.AdvanceAsync(TimeSpan.FromHours(1));
        await _engine.StateAsync(instance, InstanceState.Finished);
    }

    [Fact]
    public async Task Conditions_read_facts_and_counters_count_rounds()
    {
        var definition = await _engine.DefineAsync(Process("Rounds", Start("zero"),
            new BlockDefinition { Id = "zero", Type = BlockTypes.Counter, Counter = "calls", Operation = "set", Value = 0, Exits = Exits(("next", "call")) },
            Question("call", "Call", ("no-answer", "count"), ("reached", "vip")),
            new BlockDefinition { Id = "count", Type = BlockTypes.Counter, Counter = "calls", Operation = "increment", Exits = Exits(("next", "more")) },
            new BlockDefinition { Id = "more", Type = BlockTypes.Counter, Counter = "calls", Operation = "compare", Operator = "<", Value = 3, Exits = Exits(("true", "call"), ("false", "unreachable")) },
            new BlockDefinition { Id = "vip", Type = BlockTypes.Condition, Condition = "total >= 1000 and not (status = 'False')", Exits = Exits(("true", "big"), ("false", "small")) },
            Finish("unreachable", "neutral"), Finish("big", "positive"), Finish("small", "negative")));

        var unreachable = await _engine.StartAsync(definition, NewObject());
        for (var round = 1; round <= 3; round++)
        {
            await _engine.AnswerAsync(await _engine.TaskAsync(unreachable, "call", round), "no-answer");
        }

        var ended = await _engine.StateAsync(unreachable, InstanceState.Finished);
        Assert.Equal(("neutral", 3m), (ended.Summary.Outcome, ended.Counters["calls"]));

        var order = NewObject();
        await _engine.ReportAsync(order, null, ("total", 1500m), ("status", "New"));
        var big = await _engine.StartAsync(definition, order);
        await _engine.AnswerAsync(await _engine.TaskAsync(big, "call"), "reached");
        Assert.Equal("positive", (await _engine.StateAsync(big, InstanceState.Finished)).Summary.Outcome);
    }

    [Fact]
    public async Task A_subprocess_runs_on_the_same_object_and_its_outcome_is_the_exit()
    {
        var child = await _engine.DefineAsync(Process("Call within 3 days", Start("call"),
            Question("call", "Call", ("reached", "ok"), ("wrong", "wrong")), Finish("ok", "reached"), Finish("wrong", "wrong number")));
        var parent = await _engine.DefineAsync(Process("Order", Start("sub"),
            new BlockDefinition { Id = "sub", Type = BlockTypes.Subprocess, DefinitionId = child, Exits = Exits(("reached", "won"), ("wrong number", "lost")) },
            Finish("won", "positive"), Finish("lost", "negative")));
        var instance = await _engine.StartAsync(parent, NewObject());

        var childInstance = (await _engine.InstanceAsync(instance)).Trace.Single(t => t.BlockId == "sub").Detail!.Split(' ')[^1];
        await _engine.AnswerAsync(await _engine.TaskAsync(Guid.Parse(childInstance), "call"), "wrong");

        Assert.Equal("wrong number", (await _engine.StateAsync(Guid.Parse(childInstance), InstanceState.Finished)).Summary.Outcome);
        var ended = await _engine.StateAsync(instance, InstanceState.Finished);
        Assert.Equal("negative", ended.Summary.Outcome);
        Assert.Contains(ended.Trace, t => t.BlockId == "sub" && t.Exit == "wrong number");
    }

    [Fact]
    public async Task A_subprocess_cancelled_by_an_administrator_lets_its_caller_go_on_by_the_exit_cancelled()
    {
        var child = await _engine.DefineAsync(Process("Child", Start("call"), Question("call", "Call", ("reached", "ok")), Finish("ok", "reached")));
        var parent = await _engine.DefineAsync(Process("Parent", Start("sub"),
            new BlockDefinition { Id = "sub", Type = BlockTypes.Subprocess, DefinitionId = child, Exits = Exits(("reached", "won"), ("cancelled", "gave-up")) },
            Finish("won", "positive"), Finish("gave-up", "neutral")));
        var instance = await _engine.StartAsync(parent, NewObject());
        var childInstance = (await _engine.TaskAsync(Guid.Parse((await _engine.InstanceAsync(instance)).Trace.Single(t => t.BlockId == "sub").Detail!.Split(' ')[^1]), "call")).ProcessInstanceId;

        (await app.Administrator.PostAsJsonAsync($"/api/processes/instances/{childInstance}/cancel", new { reason = "Wrong subprocess" })).EnsureSuccessStatusCode();

        Assert.Equal("neutral", (await _engine.StateAsync(instance, InstanceState.Finished)).Summary.Outcome);
    }

    [Fact]
    public async Task An_action_asks_its_module_and_continues_when_the_module_reports_back()
    {
        var definition = await _engine.DefineAsync(Process("Act", Start("ask"), Question("ask", "Take it?", ("yes", "assign")),
            Action("assign", "assign-manager", "status"),
            Action("status", "set-status", "done", new Dictionary<string, string?> { ["status"] = "InProgress" }),
            new BlockDefinition { Id = "done", Type = BlockTypes.Wait, Condition = "status = 'InProgress' and manager.id is not null", Exits = Exits(("holds", "end")) },
            Finish("end", "positive")));
        var order = NewObject();
        var instance = await _engine.StartAsync(definition, order);
        await _engine.AnswerAsync(await _engine.TaskAsync(instance, "ask"), "yes");

        await Eventually.HoldsAsync(() => _engine.InstanceAsync(instance), i => i.Summary.State == InstanceState.Finished, "the actions ran");
        var asked = app.Objects.Performed.Where(a => a.ProcessInstanceId == instance).ToList();
        Assert.Equal(["assign-manager", "set-status"], asked.Select(a => a.Action));
        Assert.Equal(_engine.Manager, asked[0].ActingEmployeeId);
        Assert.Equal("InProgress", asked[1].Parameters["status"]);
    }

    [Fact]
    public async Task A_failing_action_is_retried_with_back_off_then_shows_an_incident_an_administrator_retries()
    {
        var definition = await _engine.DefineAsync(Process("Flaky", Start("act"), Action("act", "flaky", "end"), Finish("end", "positive")));
        Interlocked.Exchange(ref app.Objects.FlakyFailuresLeft, 3);
        var instance = await _engine.StartAsync(definition, NewObject());

        var first = await Eventually.HoldsAsync(() => _engine.InstanceAsync(instance), i => i.Tokens.Single().Attempts == 1 && i.Tokens.Single().Wait == WaitKind.Timer, "first failure");
        Assert.Equal("The gateway said no", first.Tokens.Single().LastError);
        await _engine.AdvanceAsync(TimeSpan.FromSeconds(30)); // retry 1 after 30 s
        await Eventually.HoldsAsync(() => _engine.InstanceAsync(instance), i => i.Tokens.Single() is { Attempts: 2, Wait: WaitKind.Timer }, "second failure");
        await _engine.AdvanceAsync(TimeSpan.FromSeconds(60)); // then 60 s
        var incident = await Eventually.HoldsAsync(() => _engine.InstanceAsync(instance), i => i.Incident is not null, "an incident");
        Assert.Contains("The gateway said no", incident.Incident!.Error);
        var warnings = await Eventually.HoldsAsync( // logged right after the commit the incident is read from
            () => Task.FromResult(app.Logs.Entries.Where(l => l.Level == LogLevel.Warning && Equals(l.Properties.GetValueOrDefault("InstanceId"), instance)).ToList()),
            found => found.Count > 0, "the incident logged");
        var logged = Assert.Single(warnings);
        Assert.Equal(("act", "The gateway said no"), (logged.Properties["BlockId"], logged.Properties["Error"]));
        Assert.Contains(instance.ToString(), logged.Message);
        Assert.Contains(instance.ToString(), await (await app.Administrator.GetAsync($"/api/processes/instances?withIncident=true&objectType={TestObjects.ObjectType}")).Content.ReadAsStringAsync());

        Interlocked.Exchange(ref app.Objects.FlakyFailuresLeft, 0);
        await app.Administrator.PostAsync($"/api/processes/instances/{instance}/retry", null);
        var ended = await Eventually.HoldsAsync(() => _engine.InstanceAsync(instance), i => i.Summary.State == InstanceState.Finished, "the retried action");
        Assert.Null(ended.Incident);
    }

    [Fact]
    public async Task An_action_the_manager_must_confirm_becomes_a_task_to_confirm_or_skip()
    {
        var definition = await _engine.DefineAsync(Process("Confirm", Start("msg"),
            Action("msg", "send-message", "sent", new Dictionary<string, string?> { ["template"] = "ask-phone", ["to"] = "{email}" }, confirm: true, skipped: "skipped"),
            Finish("sent", "positive"), Finish("skipped", "neutral")));
        var skipping = await _engine.StartAsync(definition, NewObject());
        var confirm = await _engine.TaskAsync(skipping, "msg");
        Assert.Equal("confirm-action", confirm.Kind);
        Assert.Equal(["confirm", "skipped"], confirm.Answers.Select(a => a.Code));
        await _engine.AnswerAsync(confirm, "skipped");
        Assert.Equal("neutral", (await _engine.StateAsync(skipping, InstanceState.Finished)).Summary.Outcome);

        var order = NewObject();
        await _engine.ReportAsync(order, null, ("email", "client@example.com"));
        var sending = await _engine.StartAsync(definition, order);
        await _engine.AnswerAsync(await _engine.TaskAsync(sending, "msg"), "confirm");
        await Eventually.HoldsAsync(() => _engine.InstanceAsync(sending), i => i.Summary.State == InstanceState.Finished, "the message was sent");
        Assert.Equal("client@example.com", app.Objects.Performed.Single(a => a.ProcessInstanceId == sending).Parameters["to"]);
    }

    [Fact]
    public async Task Outside_working_hours_a_task_waits_for_the_schedule_to_open()
    {
        var document = Process("Office hours", Start("ask"), Question("ask", "Call", ("done", "end")), Finish("end", "positive")) with
        {
            Schedule = new WorkingSchedule { TimeZone = "UTC", From = new TimeOnly(10, 0), To = new TimeOnly(18, 0), Days = Enum.GetValues<DayOfWeek>() },
        };
        var definition = await _engine.DefineAsync(document);
        var opens = _engine.Clock.GetUtcNow().UtcDateTime.Date.AddDays(1).AddHours(10);
        _engine.Clock.Advance(opens.AddHours(-12) - _engine.Clock.GetUtcNow().UtcDateTime); // 22:00, closed
        var instance = await _engine.StartAsync(definition, NewObject());

        await _engine.AdvanceAsync(TimeSpan.FromHours(11));
        Assert.Empty(_engine.TasksSoFar(instance));
        await _engine.AdvanceAsync(TimeSpan.FromHours(1));
        var task = await _engine.TaskAsync(instance, "ask");
        Assert.Equal(opens, (await _engine.InstanceAsync(instance)).Trace.Last().At.UtcDateTime);
        Assert.NotNull(task);
    }

    [Fact]
    public async Task A_deleted_task_shows_an_incident_and_a_retry_asks_again()
    {
        var definition = await _engine.DefineAsync(Process("Deleted", Start("ask"), Question("ask", "Call", ("done", "end")), Finish("end", "positive")));
        var instance = await _engine.StartAsync(definition, NewObject());
        var first = await _engine.TaskAsync(instance, "ask");

        await _engine.PublishAsync(new Crm.Modules.Tasking.Contracts.TaskDeletedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), first.RequestId));

        var stuck = await _engine.InstanceAsync(instance);
        Assert.Contains("deleted", stuck.Incident!.Error);
        (await app.Administrator.PostAsync($"/api/processes/instances/{instance}/retry", null)).EnsureSuccessStatusCode();
        var second = await _engine.TaskAsync(instance, "ask", occurrence: 2);
        Assert.NotEqual(first.RequestId, second.RequestId);
        await _engine.AnswerAsync(second, "done");
        await _engine.StateAsync(instance, InstanceState.Finished);
    }

    [Fact]
    public async Task Cancelling_ends_the_instance_and_announces_it()
    {
        var definition = await _engine.DefineAsync(Process("Cancel", Start("ask"), Question("ask", "Call", ("done", "end")), Finish("end", "positive")));
        var instance = await _engine.StartAsync(definition, NewObject());
        await _engine.TaskAsync(instance, "ask");

        var response = await app.Administrator.PostAsJsonAsync($"/api/processes/instances/{instance}/cancel", new { reason = "Client asked us to stop" });
        response.EnsureSuccessStatusCode();

        var cancelled = await _engine.StateAsync(instance, InstanceState.Cancelled);
        Assert.Contains(cancelled.Trace, t => t.Comment == "Client asked us to stop");
        Assert.True((await _engine.EndedAsync(instance)).Cancelled);
        Assert.Equal(System.Net.HttpStatusCode.Conflict, (await app.Administrator.PostAsJsonAsync($"/api/processes/instances/{instance}/cancel", new { })).StatusCode);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class BlockSqliteTests(SqliteEngineApi app) : BlockTests(app), IClassFixture<SqliteEngineApi>;

[Trait("Provider", "Postgres")]
public sealed class BlockPostgresTests(PostgresEngineApi app) : BlockTests(app), IClassFixture<PostgresEngineApi>;
