using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Domain.Blocks;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Expressions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Domain.Instances.Rules;
using Xunit;
using static Crm.Modules.Processes.Tests.Support.Blocks;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.Processes.Tests.Domain;

/// <summary>
/// What the engine asks of the world, block by block, checked on the effects and domain events it returns: the
/// runner and the other modules are not there, so each test plays their part by calling the next trigger.
/// </summary>
public sealed class ProcessInstanceTests
{
    private static readonly DateTime Start = EngineRun.Start;

    private static BlockDefinition Delay(string id, TimeSpan duration, string next) =>
        new() { Id = id, Type = BlockTypes.Delay, Duration = duration, Exits = Exits(("next", next)) };

    private static BlockDefinition Counter(string id, string operation, string next, decimal? value = null) =>
        new() { Id = id, Type = BlockTypes.Counter, Counter = "Calls", Operation = operation, Value = value, Exits = Exits(("next", next)) };

    [Fact]
    public void A_question_registers_its_request_asks_a_person_and_the_answer_is_the_exit()
    {
        var run = EngineRun.Of(Process("Ask", Start("ask"), Question("ask", "Process this order?", ("yes", "done"), ("no", "dropped")),
            Finish("done", "positive"), Finish("dropped", "negative")) with
        { NormalReactionTime = TimeSpan.FromHours(2) });

        var request = run.Single<RegisterRequest>();
        Assert.Equal(("task", "ask"), (request.Kind, request.BlockId));
        var asked = run.LastTask;
        Assert.Equal((request.RequestId, HumanTaskKinds.Question, "Process this order?", Start.AddHours(2)), (asked.RequestId, asked.Kind, asked.Title, asked.DueAtUtc!.Value));
        Assert.Equal(["yes", "no"], asked.Answers.Select(a => a.Code));
        Assert.Equal((TokenStatus.Waiting, WaitKind.Task, request.RequestId), (run.Instance.Tokens[0].Status, run.Instance.Tokens[0].Wait, run.Instance.Tokens[0].WaitRef!.Value));

        run.Answer(request.RequestId, "no", comment: "Duplicate");

        Assert.Equal((InstanceState.Finished, "negative"), (run.Instance.State, run.Instance.Outcome));
        Assert.Equal(["start:next", "ask", "ask:no", "dropped"], run.Path);
        Assert.Equal((EngineRun.Manager, "Duplicate"), (run.Instance.NewTraceEntries.ElementAt(2).EmployeeId!.Value, run.Instance.NewTraceEntries.ElementAt(2).Comment));
        Assert.Empty(run.Effects); // nothing to cancel: no timers, no subprocesses
        Assert.Empty(run.Instance.DomainEvents.OfType<InstanceEndedDomainEvent>().Single().OpenTaskRequests);
        Assert.Empty(run.Answer(request.RequestId, "yes")); // answered twice: nothing waits any more
    }

    [Fact]
    public void A_delay_schedules_its_timer_a_stale_timer_changes_nothing_and_the_due_one_moves_on()
    {
        var run = EngineRun.Of(Process("Wait", Start("pause"), Delay("pause", TimeSpan.FromHours(1), "done"), Finish("done", "neutral")));
        var timer = run.Single<ScheduleTimer>();
        Assert.Equal((TimerPurpose.Delay, Start.AddHours(1)), (timer.Purpose, timer.DueAtUtc));

        Assert.Empty(run.Do((i, g, c) => i.FireTimer(Guid.NewGuid(), TimerPurpose.Delay, g, c)));
        Assert.Equal(InstanceState.Running, run.Instance.State);

        run.Now = timer.DueAtUtc;
        run.Fire(timer);

        Assert.Equal((InstanceState.Finished, "neutral", timer.DueAtUtc), (run.Instance.State, run.Instance.Outcome, run.Instance.EndedAtUtc!.Value));
        Assert.DoesNotContain(run.Effects, e => e is CancelAllTimers); // the only timer has fired
    }

    [Fact]
    public void A_finish_on_one_branch_of_a_fork_stops_the_others_their_timers_and_their_open_tasks()
    {
        var document = Process("Fork", Start("fork"),
            new BlockDefinition { Id = "fork", Type = BlockTypes.Fork, Branches = ["ask", "pause"] },
            Question("ask", "Paid?", ("yes", "paid")), Delay("pause", TimeSpan.FromDays(1), "late"),
            Finish("paid", "positive"), Finish("late", "negative"));

        var answered = EngineRun.Of(document);
        Assert.Equal(2, answered.Instance.Tokens.Count);
        answered.Answer(answered.Single<RegisterRequest>().RequestId, "yes");
        Assert.Equal("positive", answered.Instance.Outcome);
        Assert.IsType<CancelAllTimers>(Assert.Single(answered.Effects)); // the day's delay goes with the instance
        Assert.Empty(answered.Instance.Tokens);

        var late = EngineRun.Of(document);
        var request = late.Single<RegisterRequest>().RequestId;
        late.Fire(late.Single<ScheduleTimer>());
        Assert.Equal("negative", late.Instance.Outcome);
        Assert.Equal([request], late.Instance.DomainEvents.OfType<InstanceEndedDomainEvent>().Single().OpenTaskRequests); // Tasking closes it
    }

    [Fact]
    public void A_wait_goes_on_when_new_facts_hold_or_by_its_limit()
    {
        var document = Process("Wait for payment", Start("wait"),
            new BlockDefinition { Id = "wait", Type = BlockTypes.Wait, Condition = "paid = true", Limit = TimeSpan.FromDays(2), Exits = Exits(("holds", "paid"), ("limit", "late")) },
            Finish("paid", "positive"), Finish("late", "negative"));

        var paid = EngineRun.Of(document);
        var limit = paid.Single<ScheduleTimer>();
        Assert.Equal((TimerPurpose.WaitLimit, Start.AddDays(2), true), (limit.Purpose, limit.DueAtUtc, paid.Instance.WaitsForFacts));
        Assert.Empty(paid.Do((i, g, c) => i.RecheckFacts(g, c))); // nothing new holds
        paid.Facts["paid"] = FactValue.Of(true);
        paid.Do((i, g, c) => i.RecheckFacts(g, c));
        Assert.Equal(limit.TimerId, paid.Single<CancelTimer>().TimerId);
        Assert.Equal(("positive", false), (paid.Instance.Outcome, paid.Instance.WaitsForFacts));

        var late = EngineRun.Of(document);
        late.Fire(late.Single<ScheduleTimer>());
        Assert.Equal("negative", late.Instance.Outcome);
        Assert.Contains("The limit was reached before the condition held.", late.Instance.NewTraceEntries.Select(t => t.Detail));
    }

    [Fact]
    public void Counters_are_set_incremented_and_compared_and_conditions_read_them()
    {
        var run = EngineRun.Of(Process("Count", Start("zero"),
            Counter("zero", CounterOperations.Set, "more", 0),
            Counter("more", CounterOperations.Increment, "enough"),
            new BlockDefinition { Id = "enough", Type = BlockTypes.Counter, Counter = "calls", Operation = CounterOperations.Compare, Operator = CounterOperators.GreaterOrEqual, Value = 3, Exits = Exits(("true", "check"), ("false", "more")) },
            new BlockDefinition { Id = "check", Type = BlockTypes.Condition, Condition = "counter.calls = 3", Exits = Exits(("true", "done"), ("false", "wrong")) },
            Finish("done", "positive"), Finish("wrong", "negative")));

        Assert.Equal(("positive", 3m), (run.Instance.Outcome, run.Instance.Counters["calls"]));
        Assert.Equal(["calls = 0", "calls = 1", "calls = 1 >= 3", "calls = 2", "calls = 2 >= 3", "calls = 3", "calls = 3 >= 3"],
            run.Instance.NewTraceEntries.Where(t => t.BlockType == BlockTypes.Counter).Select(t => t.Detail));
    }

    [Fact]
    public void An_action_asks_its_module_retries_with_back_off_and_stops_with_an_incident_an_administrator_retries()
    {
        var run = EngineRun.Of(Process("Write", Start("send"),
                Action("send", "send-message", "done", new Dictionary<string, string?> { ["to"] = "{client.email}", ["template"] = "welcome", ["phone"] = "{client.phone}" }),
                Finish("done", "positive")),
            facts: [("client.email", FactValue.Of("rita@example.com"))]);

        var asked = Assert.Single(run.Instance.DomainEvents.OfType<ActionRequestedDomainEvent>());
        Assert.Equal(("objects", "send-message", "rita@example.com", "welcome"), (asked.Module, asked.Action, asked.Parameters["to"], asked.Parameters["template"]));
        Assert.Null(asked.Parameters["phone"]); // a fact the object does not have
        var request = run.Single<RegisterRequest>();
        var timeout = run.Single<ScheduleTimer>();
        Assert.Equal(("action", asked.RequestId, TimerPurpose.ActionTimeout, Start.AddMinutes(10)), (request.Kind, request.RequestId, timeout.Purpose, timeout.DueAtUtc));

        run.Do((i, g, c) => i.CompleteAction(request.RequestId, false, "SMTP is down", g, c));
        Assert.Equal(timeout.TimerId, run.Single<CancelTimer>().TimerId);
        var retry = run.Single<ScheduleTimer>();
        Assert.Equal((TimerPurpose.ActionRetry, Start.AddSeconds(30)), (retry.Purpose, retry.DueAtUtc));

        run.Fire(retry); // attempt 2 times out, attempt 3 fails: no attempts left
        run.Fire(run.Single<ScheduleTimer>());
        Assert.Equal((TimerPurpose.ActionRetry, Start.AddSeconds(60)), (run.Single<ScheduleTimer>().Purpose, run.Single<ScheduleTimer>().DueAtUtc));
        run.Fire(run.Single<ScheduleTimer>());
        run.Do((i, g, c) => i.CompleteAction(run.Instance.Tokens[0].WaitRef!.Value, false, "SMTP is still down", g, c));
        Assert.Equal(("send", "SMTP is still down"), (run.Single<IncidentRaised>().BlockId, run.Single<IncidentRaised>().Error));
        Assert.Equal(("send: SMTP is still down", TokenStatus.Failed), (run.Instance.IncidentError, run.Instance.Tokens[0].Status));

        run.Do((i, g, c) => i.RetryIncident(g, c));
        Assert.Null(run.Instance.IncidentError);
        run.Do((i, g, c) => i.CompleteAction(run.Single<RegisterRequest>().RequestId, true, null, g, c));
        Assert.Equal("positive", run.Instance.Outcome);
        AssertBroken<InstanceMustBeRunningRule>(() => run.Do((i, g, c) => i.RetryIncident(g, c)), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void An_administrator_retries_only_an_instance_in_an_incident()
    {
        var run = EngineRun.Of(Process("Ask", Start("ask"), Question("ask", "Anything?", ("yes", "done")), Finish("done", "positive")));

        var rule = AssertBroken<InstanceMustHaveIncidentRule>(() => run.Do((i, g, c) => i.RetryIncident(g, c)), BusinessRuleKind.Conflict);

        Assert.Equal("instance.no-incident", rule.Code);
    }

    [Fact]
    public void An_action_the_manager_confirms_asks_first_and_a_skip_takes_the_skipped_exit()
    {
        var document = Process("Confirm", Start("send"), Action("send", "send-message", "done", confirm: true, skipped: "not-sent"),
            Finish("done", "positive"), Finish("not-sent", "neutral"));

        var skipped = EngineRun.Of(document);
        var question = skipped.LastTask;
        Assert.Equal((HumanTaskKinds.ConfirmAction, "Confirm: objects/send-message"), (question.Kind, question.Title));
        Assert.Equal([BlockTypes.Confirmed, BlockTypes.Skipped], question.Answers.Select(a => a.Code));
        skipped.Answer(question.RequestId, BlockTypes.Skipped, comment: "Not now");
        Assert.Equal("neutral", skipped.Instance.Outcome);
        Assert.Contains("send:skipped", skipped.Path);
        Assert.Empty(skipped.Instance.DomainEvents.OfType<ActionRequestedDomainEvent>());

        var confirmed = EngineRun.Of(document);
        confirmed.Answer(confirmed.LastTask.RequestId, BlockTypes.Confirmed);
        Assert.Equal("send-message", Assert.Single(confirmed.Instance.DomainEvents.OfType<ActionRequestedDomainEvent>()).Action);
        Assert.Equal("action", confirmed.Single<RegisterRequest>().Kind);
    }

    [Fact]
    public void A_subprocess_starts_a_child_that_resumes_its_caller_by_its_outcome()
    {
        var called = Guid.NewGuid();
        var parent = EngineRun.Of(Process("Caller", Start("sub"),
            new BlockDefinition { Id = "sub", Type = BlockTypes.Subprocess, DefinitionId = called, Exits = Exits(("reached", "done")) }, Finish("done", "positive")));
        var start = parent.Single<StartSubprocess>();
        Assert.Equal(called, start.DefinitionId.Value);

        var child = EngineRun.Of(Process("Called", Start("end"), Finish("end", "reached")), parent: parent.Instance.Id, parentToken: start.TokenId);
        var resume = child.Single<ResumeParent>();
        Assert.Equal((parent.Instance.Id, start.TokenId, child.Instance.Id, "reached"), (resume.ParentId, resume.ParentTokenId, resume.ChildId, resume.Outcome));

        parent.Do((i, g, c) => i.ResumeAfterSubprocess(start.ChildId, resume.Outcome, g, c));
        Assert.Equal("positive", parent.Instance.Outcome);
    }

    [Fact]
    public void Cancelling_ends_the_instance_with_its_subprocess_and_a_second_cancel_is_refused()
    {
        var run = EngineRun.Of(Process("Caller", Start("sub"),
            new BlockDefinition { Id = "sub", Type = BlockTypes.Subprocess, DefinitionId = Guid.NewGuid(), Exits = Exits(("done", "done")) }, Finish("done", "positive")));
        var child = run.Single<StartSubprocess>().ChildId;

        run.Do((i, g, c) => i.Cancel("Stopped by the administrator", g, c));

        Assert.Equal(child, run.Single<CancelSubprocess>().ChildId);
        Assert.Equal((InstanceState.Cancelled, "cancelled"), (run.Instance.State, run.Instance.Outcome));
        var last = run.Instance.NewTraceEntries.Last();
        Assert.Equal(("cancel", "Stopped by the administrator"), (last.BlockType, last.Comment));
        AssertBroken<InstanceMustBeRunningRule>(() => run.Do((i, g, c) => i.Cancel("Again", g, c)), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void Outside_working_hours_a_question_waits_for_the_opening()
    {
        var schedule = new WorkingSchedule { TimeZone = "Europe/Lisbon", Days = [DayOfWeek.Monday], From = new TimeOnly(9, 0), To = new TimeOnly(10, 0) };
        var run = EngineRun.Of(Process("Ask", Start("ask"), Question("ask", "Call?", ("yes", "done")), Finish("done", "positive")) with { Schedule = schedule });

        var opens = run.Single<ScheduleTimer>();
        Assert.Equal((TimerPurpose.Schedule, new DateTime(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc)), (opens.Purpose, opens.DueAtUtc)); // next Monday, 9:00 in Lisbon (UTC)
        Assert.Empty(run.Instance.DomainEvents.OfType<HumanTaskRequestedDomainEvent>());

        run.Now = opens.DueAtUtc;
        run.Fire(opens);
        Assert.Equal("Call?", run.LastTask.Title);
    }

    [Fact]
    public void A_process_that_loops_without_waiting_stops_with_an_incident()
    {
        var run = EngineRun.Of(Process("Loop", Start("count"), Counter("count", CounterOperations.Increment, "count")), settings: new EngineSettings { MaxStepsPerTrigger = 10 });

        Assert.Equal("count", run.Single<IncidentRaised>().BlockId);
        Assert.Equal("count: More than 10 steps without waiting: the process loops.", run.Instance.IncidentError);
        Assert.Equal(InstanceState.Running, run.Instance.State);
    }

    [Theory]
    [InlineData("teleport", "Unknown block type 'teleport'.")]
    [InlineData(BlockTypes.Counter, "The counter block has no 'counter'.")]
    [InlineData(BlockTypes.Finish, "The finish block has no 'outcome'.")]
    [InlineData(BlockTypes.Question, "The question block has no 'answers'.")]
    public void A_block_the_validator_would_refuse_stops_its_token_with_an_incident_naming_what_is_missing(string type, string error)
    {
        var run = EngineRun.Of(Process("Unchecked", Start("odd"), new BlockDefinition { Id = "odd", Type = type, Operation = CounterOperations.Set, Value = 1, Exits = Exits(("next", "odd")) }));

        Assert.Equal(("odd", error), (run.Single<IncidentRaised>().BlockId, run.Single<IncidentRaised>().Error));
        Assert.Equal(TokenStatus.Failed, run.Instance.Tokens[0].Status);
    }

    [Fact]
    public void A_task_deleted_without_an_answer_stops_its_branch_with_an_incident()
    {
        var run = EngineRun.Of(Process("Ask", Start("ask"), Question("ask", "Anything?", ("yes", "done")), Finish("done", "positive")));
        var request = run.Single<RegisterRequest>().RequestId;

        run.Do((i, g, c) => i.WithdrawTask(request, "The task was deleted.", g, c));

        Assert.Equal("The task was deleted.", run.Single<IncidentRaised>().Error);
        Assert.Empty(run.Answer(request, "yes"));
    }
}
