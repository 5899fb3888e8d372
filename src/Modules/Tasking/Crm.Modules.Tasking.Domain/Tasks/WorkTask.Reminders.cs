using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Reminders.Rules;

namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>Reminders of a postponed task: set with the postponement, withdrawn when the task moves on.</summary>
public sealed partial class WorkTask
{
    private readonly List<TaskReminder> _reminders = [];

    public IReadOnlyCollection<TaskReminder> Reminders => _reminders;

    /// <summary>Right after <see cref="Postpone"/>: remind the postponer some time before or after the moment.</summary>
    public TaskReminder RemindAround(ReminderPlan plan, DateTime nowUtc)
    {
        var moment = Status == WorkTaskStatus.Postponed && PostponedUntilUtc is { } until
            ? until
            : throw new InvalidOperationException("Only a postponed task gets a reminder.");
        CheckRule(new ReminderNeedsContactRule(plan.Channel, plan.Contact));
        var reminder = new TaskReminder(plan, moment, nowUtc);
        CheckRule(new ReminderMomentMustBeInFutureRule(reminder.RemindAtUtc, nowUtc));
        _reminders.Add(reminder);
        Record(TaskAction.ReminderSet, plan.EmployeeId, nowUtc, $"By {plan.Channel}, {DescribeOffset(plan.Offset)}: at {reminder.RemindAtUtc:O}");
        return reminder;
    }

    public TaskReminder? FindReminder(Guid reminderId) => _reminders.FirstOrDefault(r => r.Id == reminderId);

    /// <summary>The delivery job got the reminder out (or showed it in the informer).</summary>
    public void NoteReminderSent(TaskReminder reminder, DateTime nowUtc)
    {
        reminder.Delivered(nowUtc);
        Record(TaskAction.ReminderSent, null, nowUtc, reminder.Channel == ReminderChannel.Informer ? "Shown in the informer" : $"By {reminder.Channel} to {reminder.Contact}");
    }

    /// <summary>The channel refused the reminder: retried later, or failed for good after the last attempt.</summary>
    public void NoteReminderNotSent(TaskReminder reminder, string error, DateTime nowUtc, RetryPolicy retries)
    {
        if (reminder.NotDelivered(error, nowUtc, retries))
        {
            Record(TaskAction.ReminderFailed, null, nowUtc, $"By {reminder.Channel}, after {reminder.Attempts} attempts: {reminder.LastError}");
        }
    }

    /// <summary>The reminded employee dismisses the informer notice.</summary>
    public void DismissNotice(TaskReminder reminder, DateTime nowUtc) => reminder.CloseNotice(nowUtc);

    /// <summary>The task moved on (worked on, closed, postponed again): waiting reminders are cancelled, notices go away.</summary>
    private void WithdrawReminders(DateTime nowUtc, string why)
    {
        foreach (var reminder in _reminders)
        {
            if (reminder.IsPending)
            {
                reminder.Cancel();
                Record(TaskAction.ReminderCancelled, null, nowUtc, why);
            }

            reminder.CloseNotice(nowUtc);
        }
    }

    private static string DescribeOffset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "at the moment" : $"{offset.Duration():c} {(offset < TimeSpan.Zero ? "before" : "after")} the moment";
}
