using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.RefusalReasons;
using Crm.Modules.Tasking.Domain.RefusalReasons.Rules;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.Tasks.Rules;
using Crm.Modules.Tasking.Domain.TaskTypes;
using Xunit;
using static Crm.Modules.Tasking.Tests.Domain.TaskingSamples;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.Tasking.Tests.Domain;

/// <summary>Redirecting hands the task (and a process's request) on; checklists live on calls and questions only.</summary>
public sealed class RedirectAndChecklistTests
{
    private static readonly Addressee ToBob = new(AddresseeKind.Employee, Bob.Value);

    private static readonly TaskType Call = TaskType.Create(new TaskTypeId(Guid.NewGuid()), "Call", "phone", "#000000", 1,
        [new("reached", "Got through", requiresReason: false), new("refusal", "Refusal", requiresReason: true)], TaskKind.Call);

    private static readonly TaskType Redirected = TaskType.Create(BuiltInTaskTypes.Redirected, "Task redirected", "forward", "#000000", 5, null);

    private static readonly TaskType CallBack = TaskType.Create(BuiltInTaskTypes.CallClientBack, "Call the client back", "phone", "#000000", 6, null, TaskKind.Call);

    private static WorkTask NewTask(TaskType type, ProcessLink? process = null) => WorkTask.Create(new TaskId(Guid.NewGuid()), 1, type,
        new NewTaskDetails("Call about order", "Script", new Subject("order", "42"), new Addressee(AddresseeKind.Position, Guid.NewGuid()), Now.AddHours(1), 7)
        {
            Process = process,
            Kind = type.Kind,
            ReactionTime = process is null ? null : TimeSpan.FromMinutes(30),
        },
        Alice, Now);

    private static FollowUpSlot Slot(TaskType type) => new(new TaskId(Guid.NewGuid()), 2, type);

    [Fact]
    public void Redirecting_closes_the_task_and_opens_a_linked_follow_up_with_the_same_results()
    {
        var task = NewTask(Call);
        var followUp = task.Redirect(Alice, new Redirection(ToBob, "Bob", "He knows the client", false, null), Call, Slot(Redirected), Now);

        Assert.Equal((WorkTaskStatus.Done, WorkTask.RedirectedResult, "He knows the client"), (task.Status, task.ResultCode, task.ResultComment));
        Assert.Equal((Alice, followUp.Id), (task.AssigneeId!.Value, task.RedirectedToId!.Value)); // a free task becomes the redirector's
        Assert.Equal(TaskAction.Redirected, task.History.Last().Action);
        Assert.Contains("To employee Bob", task.History.Last().Details);
        Assert.IsType<TaskRedirectedDomainEvent>(task.DomainEvents.Last());
        Assert.DoesNotContain(task.DomainEvents, e => e is TaskCompletedDomainEvent);

        Assert.Equal((BuiltInTaskTypes.Redirected, ToBob, task.Id), (followUp.TypeId, followUp.Addressee, followUp.RedirectedFromId!.Value));
        Assert.Equal((task.Title, task.Subject, task.DueAtUtc, 7), (followUp.Title, followUp.Subject, followUp.DueAtUtc, followUp.Priority));
        Assert.Equal(["reached", "refusal"], followUp.ResultChoices(Redirected).Select(r => r.Code));
        Assert.True(followUp.ResultChoices(Redirected)[1].RequiresReason);
        Assert.Equal(TaskKind.Call, followUp.Kind);
        Assert.Equal("He knows the client", Assert.Single(followUp.Comments).Text);
    }

    [Fact]
    public void Its_process_moves_an_open_tasks_due_time_and_a_closed_task_keeps_its_own()
    {
        var task = NewTask(Call);
        var moved = Now.AddDays(2);

        Assert.True(task.MoveDue(moved, Now));
        Assert.False(task.MoveDue(moved, Now)); // already due then

        Assert.Equal(moved, task.DueAtUtc);
        Assert.Equal((TaskAction.Edited, null), (task.History.Last().Action, task.History.Last().By));
        task.CloseByItself(Call, "reached", "Closed by itself", Now);
        Assert.False(task.MoveDue(moved.AddHours(1), Now));
        Assert.Equal(moved, task.DueAtUtc);
    }

    [Fact]
    public void A_task_closed_by_itself_is_done_by_nobody_with_the_reason_it_closed_and_needs_no_reason_of_a_person()
    {
        var task = NewTask(Call);
        Assert.False(task.ClosesWith(Call, "booked"));

        task.CloseByItself(Call, "refusal", "Closed by itself: status = 'Cancelled'", Now); // a person would owe a reason

        Assert.Equal((WorkTaskStatus.Done, "refusal", "Closed by itself: status = 'Cancelled'", null), (task.Status, task.ResultCode, task.ResultComment, task.CompletedBy));
        var completed = task.History.Last();
        Assert.Equal((TaskAction.Completed, null, "Refusal; Closed by itself: status = 'Cancelled'"), (completed.Action, completed.By, completed.Details));
        Assert.Null(Assert.IsType<TaskCompletedDomainEvent>(task.DomainEvents.Last()).By);
        AssertBroken<TaskMustBeOpenRule>(() => task.CloseByItself(Call, "reached", "again", Now), BusinessRuleKind.Conflict);
        AssertBroken<TaskMustBeOpenRule>(() => task.Complete(Alice, Call, new TaskClosing("reached"), Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void A_call_back_needs_its_moment_and_is_due_then()
    {
        var task = NewTask(Call);
        AssertBroken<CallBackNeedsMomentRule>(() => task.Redirect(Alice, new Redirection(ToBob, "Bob", null, true, null), Call, Slot(CallBack), Now));
        AssertBroken<RedirectGoesToPersonOrPositionRule>(() =>
            task.Redirect(Alice, new Redirection(new Addressee(AddresseeKind.Department, Guid.NewGuid()), "Workshop", null, false, null), Call, Slot(Redirected), Now));

        var followUp = task.Redirect(Alice, new Redirection(ToBob, "Bob", null, true, Now.AddDays(1)), Call, Slot(CallBack), Now);
        Assert.Equal((BuiltInTaskTypes.CallClientBack, Now.AddDays(1), TaskKind.Call), (followUp.TypeId, followUp.DueAtUtc, followUp.Kind));
    }

    [Fact]
    public void A_process_request_moves_to_the_follow_up()
    {
        var link = new ProcessLink(Guid.NewGuid(), Guid.NewGuid(), "Unpaid order", "call-1", Guid.NewGuid());
        var task = NewTask(Call, link);
        var followUp = task.Redirect(Alice, new Redirection(ToBob, "Bob", null, false, null), Call, Slot(Redirected), Now.AddMinutes(10));

        Assert.Equal(link, followUp.Process);
        Assert.Equal(link.RequestId, followUp.PendingProcessRequestId);
        Assert.Null(task.PendingProcessRequestId); // deleting the original must not withdraw the request
        Assert.Equal((TimeSpan.FromMinutes(30), Now.AddMinutes(40)), (followUp.ReactionTime, followUp.TimeoutAtUtc));
    }

    [Fact]
    public void Only_whoever_may_act_redirects_an_open_task()
    {
        var task = NewTask(Call);
        task.Take(Bob, Now);
        AssertBroken<TaskMustNotBeHeldByAnotherRule>(() => task.Redirect(Alice, new Redirection(ToBob, "Bob", null, false, null), Call, Slot(Redirected), Now), BusinessRuleKind.Conflict);

        task.Complete(Bob, Call, new TaskClosing("reached"), Now);
        AssertBroken<TaskMustBeOpenRule>(() => task.Redirect(Bob, new Redirection(ToBob, "Bob", null, false, null), Call, Slot(Redirected), Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void A_checklist_is_added_ticked_unticked_and_removed_with_history()
    {
        var task = NewTask(Call);
        var item = task.AddChecklistItem(Alice, " Ask about the car ", Now);
        Assert.Equal(("Ask about the car", Alice), (item.Text, task.AssigneeId!.Value));

        task.TickChecklistItem(Alice, item.Id, ticked: true, Now.AddMinutes(1));
        Assert.Equal((Alice, Now.AddMinutes(1)), (item.TickedBy!.Value, item.TickedAtUtc!.Value));
        task.TickChecklistItem(Alice, item.Id, ticked: true, Now.AddMinutes(2)); // the same again changes nothing
        Assert.Equal(Now.AddMinutes(1), item.TickedAtUtc);
        task.TickChecklistItem(Alice, item.Id, ticked: false, Now.AddMinutes(3));
        Assert.False(item.IsTicked);
        task.RemoveChecklistItem(Alice, item.Id, Now.AddMinutes(4));

        Assert.Empty(task.Checklist);
        Assert.Equal(
            [TaskAction.ChecklistItemAdded, TaskAction.ChecklistItemTicked, TaskAction.ChecklistItemUnticked, TaskAction.ChecklistItemRemoved],
            task.History.Where(h => h.Action.ToString().StartsWith("Checklist", StringComparison.Ordinal)).Select(h => h.Action));
        AssertBroken<TaskMustNotBeHeldByAnotherRule>(() => task.AddChecklistItem(Bob, "Mine", Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void Plain_tasks_and_closed_tasks_have_no_checklist_work()
    {
        var plain = NewTask(TaskType.Create(new TaskTypeId(Guid.NewGuid()), "Arbitrary", "x", "#000000", 9, null));
        AssertBroken<ChecklistOnlyOnCallsAndQuestionsRule>(() => plain.AddChecklistItem(Alice, "Anything", Now));

        var call = NewTask(Call);
        call.Complete(Alice, Call, new TaskClosing("reached"), Now);
        AssertBroken<TaskMustBeOpenRule>(() => call.AddChecklistItem(Alice, "Too late", Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void Other_demands_a_comment_and_cannot_be_archived()
    {
        var other = RefusalReason.Create(BuiltInRefusalReasons.Other, "Other", demandsComment: true);
        AssertBroken<BuiltInReasonStaysRule>(other.Archive);

        var task = NewTask(Call);
        AssertBroken<AnswerNeedsCommentRule>(() => task.Complete(Alice, Call, new TaskClosing("refusal", null, other.Name, null, other.DemandsComment), Now));

        var price = RefusalReason.Create(new RefusalReasonId(Guid.NewGuid()), "Too expensive", demandsComment: false);
        price.Archive();
        Assert.True(price.IsArchived);
        task.Complete(Alice, Call, new TaskClosing("refusal", null, price.Name) { ReasonId = price.Id.Value }, Now);
        Assert.Equal(("Too expensive", price.Id.Value), (task.ResultReason, task.ResultReasonId!.Value));
    }
}
