using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.Tasks.Rules;
using Crm.Modules.Tasking.Domain.TaskTypes;
using Xunit;
using static Crm.Modules.Tasking.Tests.Domain.TaskingSamples;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.Tasking.Tests.Domain;

/// <summary>The task aggregate guards its own rules.</summary>
public sealed class WorkTaskTests
{
    private static readonly TaskType Call = TaskType.Create(new TaskTypeId(Guid.NewGuid()), "Call", "phone", "#000000", 1,
    [
        new("reached", "Got through", requiresReason: false),
        new("refusal", "Refusal", requiresReason: true),
    ]);

    private static WorkTask NewTask() => WorkTask.Create(new TaskId(Guid.NewGuid()), 1, Call,
        new NewTaskDetails("Call", null, new Subject("Order", "42"), new Addressee(AddresseeKind.Position, Guid.NewGuid()), Now.AddHours(1)), Alice, Now);

    [Fact]
    public void A_new_task_is_free_and_remembers_who_created_it()
    {
        var task = NewTask();
        Assert.Equal(WorkTaskStatus.New, task.Status);
        Assert.Null(task.AssigneeId);
        Assert.Equal("order", task.Subject!.Type);
        Assert.Equal(TaskAction.Created, Assert.Single(task.History).Action);
        Assert.IsType<TaskCreatedDomainEvent>(Assert.Single(task.DomainEvents));
    }

    [Fact]
    public void Taking_makes_it_mine_and_nobody_else_can_act_on_it()
    {
        var task = NewTask();
        task.Take(Alice, Now);
        Assert.Equal((WorkTaskStatus.InProgress, Alice), (task.Status, task.AssigneeId!.Value));

        AssertBroken<TaskMustNotBeHeldByAnotherRule>(() => task.Take(Bob, Now), BusinessRuleKind.Conflict);
        AssertBroken<TaskMustNotBeHeldByAnotherRule>(() => task.Postpone(Bob, Now.AddHours(1), Now), BusinessRuleKind.Conflict);
        AssertBroken<TaskMustNotBeHeldByAnotherRule>(() => task.Complete(Bob, Call, new TaskClosing("reached", null, null), Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void Taking_ones_own_task_again_changes_nothing()
    {
        var task = NewTask();
        task.Take(Alice, Now);
        task.ClearDomainEvents();
        task.Take(Alice, Now.AddMinutes(1));
        Assert.Empty(task.DomainEvents);
        Assert.Equal(Now, task.TakenAtUtc);
    }

    [Fact]
    public void Postponing_a_free_task_takes_it_and_needs_a_future_moment()
    {
        var task = NewTask();
        AssertBroken<PostponeMomentMustBeInFutureRule>(() => task.Postpone(Bob, Now, Now), BusinessRuleKind.Unprocessable);
        Assert.Null(task.AssigneeId);

        task.Postpone(Bob, Now.AddDays(1), Now);
        Assert.Equal((WorkTaskStatus.Postponed, Bob, Now.AddDays(1)), (task.Status, task.AssigneeId!.Value, task.PostponedUntilUtc!.Value));
    }

    [Fact]
    public void Starting_work_clears_a_postponement()
    {
        var task = NewTask();
        task.Postpone(Alice, Now.AddDays(1), Now);
        task.StartWorking(Alice, Now.AddMinutes(5));
        Assert.Equal(WorkTaskStatus.InProgress, task.Status);
        Assert.Null(task.PostponedUntilUtc);
        Assert.Equal(Now.AddMinutes(5), task.WorkStartedAtUtc);
    }

    [Fact]
    public void Completing_checks_the_result_and_its_reason()
    {
        var task = NewTask();
        AssertBroken<ResultMustBelongToTaskTypeRule>(() => task.Complete(Alice, Call, new TaskClosing("done", null, null), Now), BusinessRuleKind.Unprocessable);
        AssertBroken<ReasonRequiredForResultRule>(() => task.Complete(Alice, Call, new TaskClosing("refusal", null, "  "), Now), BusinessRuleKind.Unprocessable);

        task.Complete(Alice, Call, new TaskClosing("Refusal", " ok ", "Too expensive"), Now);
        Assert.Equal((WorkTaskStatus.Done, "refusal", "ok", "Too expensive"), (task.Status, task.ResultCode, task.ResultComment, task.ResultReason));
        Assert.Equal(Alice, task.CompletedBy);
    }

    [Fact]
    public void A_closed_task_takes_no_more_work_but_still_takes_comments()
    {
        var task = NewTask();
        task.Complete(Alice, Call, new TaskClosing("reached", null, null), Now);
        AssertBroken<TaskMustBeOpenRule>(() => task.Take(Alice, Now), BusinessRuleKind.Conflict);
        AssertBroken<TaskMustBeOpenRule>(() => task.Postpone(Alice, Now.AddDays(1), Now), BusinessRuleKind.Conflict);
        AssertBroken<TaskMustBeOpenRule>(() => task.Complete(Alice, Call, new TaskClosing("reached", null, null), Now), BusinessRuleKind.Conflict);

        task.Comment(Bob, "Client called back", Now);
        Assert.Single(task.Comments);
        Assert.Equal([1, 2, 3, 4], task.History.Select(h => h.Sequence));
    }

    [Fact]
    public void A_task_type_needs_distinct_result_codes_and_defaults_to_done_and_failed()
    {
        Assert.Equal(["done", "failed"], TaskType.Create(new TaskTypeId(Guid.NewGuid()), "Any", "x", "#000000", 0, null).Results.Select(r => r.Code));
        AssertBroken("task-type.duplicate-result", () =>
            TaskType.Create(new TaskTypeId(Guid.NewGuid()), "Dup", "x", "#000000", 0, [new("a", "A", false), new("A", "B", false)]));
    }
}
