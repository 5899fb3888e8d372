using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Expressions;
using Crm.Modules.Processes.Domain.Instances;
using Xunit;
using static Crm.Modules.Processes.Tests.Support.Blocks;

namespace Crm.Modules.Processes.Tests.Domain;

/// <summary>
/// Tasks that close by themselves when the document they wait for appears (closesWhen), and tasks due at a moment a
/// fact or an answer holds (dueAt): the engine's part, on the effects and domain events it returns (ADR 0066, 0067).
/// </summary>
public sealed class ClosingAndDueTests
{
    private static readonly DateTime Start = EngineRun.Start;

    /// <summary>"Is the order paid?": closes by itself as "paid" once the order is paid; a person may say "no".</summary>
    private static ProcessDocument PaidQuestion(string? dueAt = null) => Process("Paid", Start("ask"),
        Question("ask", "Is the order paid?", ("paid", "done"), ("no", "dropped")) with { ClosesWhen = [new("paid = true", "paid")], DueAt = dueAt },
        Finish("done", "positive"), Finish("dropped", "negative"));

    private static IReadOnlyList<EngineEffect> Recheck(EngineRun run) => run.Do((i, g, c) => i.RecheckFacts(g, c));

    [Fact]
    public void A_task_whose_condition_comes_to_hold_is_closed_by_itself_once_and_its_answer_moves_the_process_on()
    {
        var run = EngineRun.Of(PaidQuestion());
        var request = run.LastTask.RequestId;
        Assert.True(run.Instance.WaitsForFacts); // new facts are checked for it, like a wait's

        run.Facts["paid"] = FactValue.Of(false);
        Recheck(run);
        Assert.Empty(run.Instance.DomainEvents.OfType<HumanTaskClosingDomainEvent>());

        run.Facts["paid"] = FactValue.Of(true);
        Recheck(run);
        var closing = Assert.Single(run.Instance.DomainEvents.OfType<HumanTaskClosingDomainEvent>());
        Assert.Equal((request, "paid", "Closed by itself: paid = true"), (closing.RequestId, closing.ResultCode, closing.Why));
        var token = Assert.Single(run.Instance.Tokens);
        Assert.Equal((TokenStatus.Waiting, WaitKind.Task, true), (token.Status, token.Wait, token.ClosingAsked)); // Tasking decides: the answer moves it
        Assert.False(run.Instance.WaitsForFacts);
        Recheck(run);
        Assert.Single(run.Instance.DomainEvents.OfType<HumanTaskClosingDomainEvent>()); // asked once

        run.Do((i, g, c) => i.AnswerTask(request, "paid", null, closing.Why, null, g, c));

        Assert.Equal((InstanceState.Finished, "positive"), (run.Instance.State, run.Instance.Outcome));
        var answered = run.Instance.NewTraceEntries.Single(t => t.BlockId == "ask" && t.Exit == "paid");
        Assert.Equal(((Guid?)null, "Closed by itself: paid = true", "The task closed by itself"), (answered.EmployeeId, answered.Comment, answered.Detail));
        Assert.Null(run.Instance.LastAnsweredBy);
    }

    [Fact]
    public void A_person_who_answered_first_decides_and_the_late_closing_changes_nothing()
    {
        var run = EngineRun.Of(PaidQuestion());
        var request = run.LastTask.RequestId;
        run.Facts["paid"] = FactValue.Of(true);
        Recheck(run);

        run.Answer(request, "no", comment: "Paid by mistake, refunded");
        Assert.Empty(run.Do((i, g, c) => i.AnswerTask(request, "paid", null, "Closed by itself: paid = true", null, g, c)));

        Assert.Equal("negative", run.Instance.Outcome);
        Assert.Single(run.Instance.NewTraceEntries, t => t.BlockId == "ask" && t.Exit is not null);
    }

    [Fact]
    public void A_condition_that_holds_when_the_block_is_reached_asks_nobody()
    {
        var run = EngineRun.Of(PaidQuestion(), facts: [("paid", FactValue.Of(true))]);

        Assert.Empty(run.Effects.OfType<RegisterRequest>());
        Assert.Empty(run.Instance.DomainEvents.OfType<HumanTaskRequestedDomainEvent>());
        Assert.Equal((InstanceState.Finished, "positive"), (run.Instance.State, run.Instance.Outcome));
        Assert.Contains(run.Instance.NewTraceEntries, t => t.Exit == "paid" && t.Detail == "No task: paid = true already holds");
    }

    [Fact]
    public void A_task_is_due_at_the_moment_its_fact_holds_even_a_past_one_else_after_the_reaction_time()
    {
        var contacted = Start.AddHours(-3);
        var dueThen = EngineRun.Of(PaidQuestion(dueAt: "moment") with { NormalReactionTime = TimeSpan.FromHours(1) }, facts: [("moment", FactValue.Of(contacted))]);
        Assert.Equal(contacted, dueThen.LastTask.DueAtUtc);
        Assert.Contains(dueThen.Instance.NewTraceEntries, t => t.Detail == $"Asked: Is the order paid? (due at moment: {contacted:O})");

        var noMoment = EngineRun.Of(PaidQuestion(dueAt: "moment") with { NormalReactionTime = TimeSpan.FromHours(1) }, facts: [("moment", FactValue.Of("soon"))]);
        Assert.Equal(Start.AddHours(1), noMoment.LastTask.DueAtUtc);
        Assert.Contains(noMoment.Instance.NewTraceEntries, t => t.Detail == "Asked: Is the order paid? (moment holds no moment: due by the reaction time)");
    }

    [Fact]
    public void A_task_after_a_postponing_answer_is_due_at_the_moment_the_person_entered()
    {
        var run = EngineRun.Of(Process("Postpone", Start("result"),
            new BlockDefinition
            {
                Id = "result", Type = BlockTypes.Question, Title = "Specify contact result",
                Answers = [new("booked", "Client booked"), new("postpone", "Postpone", AsksForMoment: true)],
                Exits = Exits(("booked", "done"), ("postpone", "postponed")),
            },
            Question("postponed", "Task postponed, specify contact result", ("booked", "done")) with { DueAt = BlockTypes.AnswerMoment },
            Finish("done", "positive")));
        var then = Start.AddDays(2);

        run.Answer(run.LastTask.RequestId, "postpone", moment: then);

        Assert.Equal(("postponed", then), (run.LastTask.Block.Id, run.LastTask.DueAtUtc));
    }

    [Fact]
    public void Facts_named_in_braces_fill_the_tasks_title_and_script_and_a_missing_fact_is_empty()
    {
        var lostAt = Start.AddMinutes(-5);
        var run = EngineRun.Of(
            Process("Missed", Start("ask"),
                Question("ask", "Call {caller} back", ("done", "done")) with { Script = "Lost because: {lost-reason}, at {lost-at}. Note: {note}. {not a fact}" },
                Finish("done", "positive")),
            facts: [("caller", FactValue.Of("+31201234567")), ("lost-reason", FactValue.Of("no-answer")), ("lost-at", FactValue.Of(lostAt))]);

        Assert.Equal("Call +31201234567 back", run.LastTask.Title);
        Assert.Equal("Lost because: no-answer, at 2026-11-23 09:55 UTC. Note: . {not a fact}", run.LastTask.Script);
        Assert.Contains(run.Instance.NewTraceEntries, t => t.Detail == "Asked: Call +31201234567 back");
    }

    [Fact]
    public void An_open_task_due_at_a_fact_follows_the_fact_when_it_holds_another_moment()
    {
        var booked = Start.AddDays(1);
        var run = EngineRun.Of(Process("Visit", Start("accept"),
            Question("accept", "Accept the client's car", ("arrived", "done")) with { DueAt = "starts-at" },
            Finish("done", "positive")), facts: [("starts-at", FactValue.Of(booked))]);
        var request = run.LastTask.RequestId;
        Assert.Equal(booked, run.LastTask.DueAtUtc);
        Assert.True(run.Instance.WaitsForFacts); // it listens for the fact, though nothing closes it by itself

        Recheck(run);
        Assert.Empty(run.Instance.DomainEvents.OfType<HumanTaskDueMovedDomainEvent>()); // the same moment: nothing to move

        var moved = booked.AddHours(3);
        run.Facts["starts-at"] = FactValue.Of(moved);
        Recheck(run);
        Recheck(run);
        var due = Assert.Single(run.Instance.DomainEvents.OfType<HumanTaskDueMovedDomainEvent>());
        Assert.Equal((request, moved), (due.RequestId, due.DueAtUtc));
        Assert.Contains(run.Instance.NewTraceEntries, t => t.Detail == $"starts-at changed: the task is now due at {moved:O}");

        run.Facts["starts-at"] = FactValue.Of("not a moment");
        Recheck(run);
        Assert.Single(run.Instance.DomainEvents.OfType<HumanTaskDueMovedDomainEvent>()); // no moment: the task keeps its due time

        run.Answer(request, "arrived");
        Assert.Equal(InstanceState.Finished, run.Instance.State);
    }

    [Fact]
    public void An_action_parameter_answer_moment_is_the_moment_the_person_entered()
    {
        var run = EngineRun.Of(Process("Move", Start("ask"),
            new BlockDefinition
            {
                Id = "ask", Type = BlockTypes.Question, Title = "The car did not come",
                Answers = [new("move", "Move the booking", AsksForMoment: true)], Exits = Exits(("move", "move")),
            },
            Action("move", "move-booking", "done", new() { ["starts-at"] = "{answer-moment}", ["note"] = "at {answer-moment}" }),
            Finish("done", "positive")));
        var then = new DateTime(2026, 11, 25, 9, 30, 0, DateTimeKind.Utc);

        run.Answer(run.LastTask.RequestId, "move", moment: then);

        var requested = Assert.Single(run.Instance.DomainEvents.OfType<ActionRequestedDomainEvent>());
        Assert.Equal(("2026-11-25T09:30:00.0000000Z", "at {answer-moment}"), (requested.Parameters["starts-at"], requested.Parameters["note"]));
    }
}
