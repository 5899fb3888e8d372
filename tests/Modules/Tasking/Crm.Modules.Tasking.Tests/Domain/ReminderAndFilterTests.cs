using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Reminders.Rules;
using Crm.Modules.Tasking.Domain.SavedFilters;
using Crm.Modules.Tasking.Domain.SavedFilters.Rules;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.Tasks.Rules;
using Xunit;
using static Crm.Modules.Tasking.Tests.Domain.TaskingSamples;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.Tasking.Tests.Domain;

/// <summary>Reminders of postponed tasks, deputies taking over, answers that need a moment, and saved filters' names.</summary>
public sealed class ReminderAndFilterTests
{
    private static WorkTask NewTask(IReadOnlyList<TaskAnswer>? answers = null) => WorkTask.Create(new TaskId(Guid.NewGuid()), 1, Plain,
        new NewTaskDetails("Call back", null, null, new Addressee(AddresseeKind.Employee, Alice.Value), Now.AddHours(1)) { Answers = answers }, Alice, Now);

    [Fact]
    public void A_reminder_needs_a_contact_on_its_channel_and_a_moment_still_ahead()
    {
        var task = NewTask();
        task.Postpone(Alice, Now.AddHours(2), Now);

        var rule = AssertBroken<ReminderNeedsContactRule>(() => task.RemindAround(new ReminderPlan(Alice, ReminderChannel.Sms, " ", TimeSpan.Zero), Now));
        Assert.Equal("reminder.no-contact", rule.Code);
        AssertBroken<ReminderMomentMustBeInFutureRule>(() => task.RemindAround(new ReminderPlan(Alice, ReminderChannel.Informer, null, TimeSpan.FromHours(-3)), Now));

        var reminder = task.RemindAround(new ReminderPlan(Alice, ReminderChannel.Informer, null, TimeSpan.FromMinutes(-15)), Now);
        Assert.Equal(Now.AddHours(2).AddMinutes(-15), reminder.RemindAtUtc);
        Assert.Equal("By Informer, 00:15:00 before the moment: at 2026-11-22T10:45:00.0000000Z", task.History.Last().Details);
    }

    [Fact]
    public void A_deputy_takes_over_only_what_the_absent_colleague_still_holds()
    {
        var task = NewTask();
        task.Take(Alice, Now);
        var standIn = new StandIn(Alice, "Alice", Now.AddDays(3));

        AssertBroken<OnlyAnAbsentHoldersTaskIsTakenOverRule>(() => task.TakeOverFromAbsent(Bob, standIn with { AbsentEmployeeId = Bob }, Now), BusinessRuleKind.Conflict);
        task.TakeOverFromAbsent(Bob, standIn, Now);

        Assert.Equal(Bob, task.AssigneeId);
        Assert.Equal(TaskAction.TakenOver, task.History.Last().Action);
        AssertBroken<OnlyAnAbsentHoldersTaskIsTakenOverRule>(() => task.TakeOverFromAbsent(Bob, standIn, Now), BusinessRuleKind.Conflict);
    }

    [Fact]
    public void An_answer_that_asks_for_a_moment_is_refused_without_one()
    {
        var task = NewTask([new TaskAnswer("later", "Call back later", asksForMoment: true), new TaskAnswer("no", "No")]);

        var rule = AssertBroken<AnswerNeedsMomentRule>(() => task.Complete(Alice, Plain, new TaskClosing("later"), Now));
        Assert.Equal("The answer 'Call back later' needs a moment.", rule.Message);

        task.Complete(Alice, Plain, new TaskClosing("later", MomentUtc: Now.AddDays(1)), Now);
        Assert.Equal(WorkTaskStatus.Done, task.Status);
    }

    [Fact]
    public void A_saved_filter_name_is_unique_per_employee()
    {
        AssertBroken<SavedFilterNameMustBeUniqueRule>(() => SavedFilter.Save(new SavedFilterId(Guid.NewGuid()), Alice, "Overdue", "{}", nameTaken: true), BusinessRuleKind.Conflict);
        var filter = SavedFilter.Save(new SavedFilterId(Guid.NewGuid()), Alice, " Overdue ", "{}", nameTaken: false);
        Assert.Equal("Overdue", filter.Name);

        var rule = AssertBroken<SavedFilterNameMustBeUniqueRule>(() => filter.Change(" Calls ", "{}", nameTaken: true), BusinessRuleKind.Conflict);
        Assert.Equal("You already have a saved filter named 'Calls'.", rule.Message);
        Assert.Equal("Overdue", filter.Name);
    }
}
