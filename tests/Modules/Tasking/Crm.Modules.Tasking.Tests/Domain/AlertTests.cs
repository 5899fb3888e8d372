using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes.Rules;
using Xunit;
using static Crm.Modules.Tasking.Tests.Domain.TaskingSamples;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.Tasking.Tests.Domain;

/// <summary>New-task alerts and escalation on the task itself (ADR 0064).</summary>
public sealed class AlertTests
{
    private static readonly AlertRecipient[] Both = [new(Alice, ReminderChannel.Informer, null), new(Bob, ReminderChannel.Email, "bob@example.com")];

    private static WorkTask NewTask(TimeSpan? reaction = null) => WorkTask.Create(new TaskId(Guid.NewGuid()), 1, Plain,
        new NewTaskDetails("Process a missed call", null, null, new Addressee(AddresseeKind.Position, Guid.NewGuid()), Now) { ReactionTime = reaction }, null, Now);

    [Fact]
    public void Addressees_are_alerted_once_and_a_take_withdraws_what_was_not_sent()
    {
        var task = NewTask();
        Assert.True(task.AlertAddressees(Both.Append(Both[0]).ToList(), Now));
        Assert.False(task.AlertAddressees(Both, Now));
        Assert.Equal([Alice, Bob], task.Reminders.Select(r => r.EmployeeId));
        Assert.All(task.Reminders, r => Assert.Equal((ReminderReason.NewTask, Now, ReminderStatus.Pending), (r.Reason, r.RemindAtUtc, r.Status)));

        task.NoteReminderSent(task.Reminders.First(), Now);
        task.Take(Bob, Now.AddMinutes(1));

        Assert.Equal([ReminderStatus.Sent, ReminderStatus.Cancelled], task.Reminders.Select(r => r.Status));
        Assert.All(task.Reminders, r => Assert.Equal(Now.AddMinutes(1), r.NoticeClosedAtUtc));
        Assert.False(task.AlertAddressees(Both, Now));
    }

    [Fact]
    public void An_alert_left_pending_on_a_task_that_got_a_holder_is_withdrawn_at_delivery()
    {
        var task = NewTask();
        task.AlertAddressees(Both, Now);
        Assert.False(task.WithdrawIfOutdated(task.Reminders.First(), Now));

        task.Edit(Alice, Plain, task.Title, null, null, Bob, Now); // the administrator assigns it: no take, alerts stay pending

        Assert.True(task.WithdrawIfOutdated(task.Reminders.First(), Now));
        Assert.All(task.Reminders, r => Assert.Equal(ReminderStatus.Cancelled, r.Status));
    }

    [Fact]
    public void A_timed_out_open_task_escalates_once_and_a_type_escalates_to_an_employee_or_position_only()
    {
        var task = NewTask(TimeSpan.FromMinutes(30));
        var supervisors = new Addressee(AddresseeKind.Position, Guid.NewGuid());
        Assert.False(task.Escalate(supervisors, Both, Now.AddMinutes(31))); // not timed out yet

        Assert.True(task.TimeOut(Now.AddMinutes(31)));
        Assert.True(task.Escalate(supervisors, [Both[1]], Now.AddMinutes(32)));
        Assert.False(task.Escalate(supervisors, Both, Now.AddMinutes(33)));

        Assert.Equal((Now.AddMinutes(32), supervisors), (task.EscalatedAtUtc, task.EscalatedTo));
        Assert.Equal(ReminderReason.Escalation, Assert.Single(task.Reminders).Reason);
        Assert.Single(task.DomainEvents.OfType<TaskEscalatedDomainEvent>());
        AssertBroken<EscalationGoesToPersonOrPositionRule>(() => Plain.SetAlerts(true, new Addressee(AddresseeKind.Department, Guid.NewGuid())));
    }
}
