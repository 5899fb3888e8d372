using Crm.Modules.Tasking.Domain.Reminders;

namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>
/// Alerts are reminders raised by the task itself rather than by a postponer: to the addressees when the task opens,
/// and to the escalation target when it times out. They go through the reminders' delivery, each at most once per
/// person: the task refuses a second round.
/// </summary>
public sealed partial class WorkTask
{
    /// <summary>When the task's escalation target was told that it timed out unanswered.</summary>
    public DateTime? EscalatedAtUtc { get; private set; }

    /// <summary>The employee or position told.</summary>
    public Addressee? EscalatedTo { get; private set; }

    /// <summary>
    /// Alerts every recipient that the task opened, unless it was taken meanwhile or its addressees were alerted
    /// already. Returns whether alerts were queued.
    /// </summary>
    public bool AlertAddressees(IReadOnlyCollection<AlertRecipient> recipients, DateTime nowUtc)
    {
        if (Status != WorkTaskStatus.New || AssigneeId is not null || _reminders.Any(r => r.Reason == ReminderReason.NewTask))
        {
            return false;
        }

        var queued = Queue(recipients, ReminderReason.NewTask, nowUtc);
        if (queued == 0)
        {
            return false; // nobody holds the position: nothing to send, nothing to record
        }

        Record(TaskAction.Alerted, null, nowUtc, $"New-task alert to {queued} employee(s)");
        return true;
    }

    /// <summary>
    /// The task timed out unanswered: its escalation target is told (once; an answered or closed task is not
    /// escalated), and the task shows as escalated.
    /// </summary>
    public bool Escalate(Addressee target, IReadOnlyCollection<AlertRecipient> recipients, DateTime nowUtc)
    {
        if (!Status.IsOpen() || TimedOutAtUtc is null || EscalatedAtUtc is not null)
        {
            return false;
        }

        EscalatedAtUtc = nowUtc;
        EscalatedTo = target;
        var queued = Queue(recipients, ReminderReason.Escalation, nowUtc);
        Record(TaskAction.Escalated, null, nowUtc, $"To {target.Kind.ToString().ToLowerInvariant()} {target.Id}: {queued} employee(s) alerted");
        Raise(new TaskEscalatedDomainEvent(this, nowUtc));
        return true;
    }

    private int Queue(IReadOnlyCollection<AlertRecipient> recipients, ReminderReason reason, DateTime nowUtc)
    {
        var fresh = recipients.DistinctBy(r => r.EmployeeId).Where(r => !_reminders.Any(x => x.Reason == reason && x.EmployeeId == r.EmployeeId)).ToList();
        _reminders.AddRange(fresh.Select(r => new TaskReminder(r, reason, nowUtc)));
        return fresh.Count;
    }

    /// <summary>
    /// Before delivery: a new-task alert queued while somebody took the task (the alerting handler does not move the
    /// task's version, so that a take racing it is never refused) is withdrawn now. Returns whether it was.
    /// </summary>
    public bool WithdrawIfOutdated(TaskReminder alert, DateTime nowUtc)
    {
        if (alert.Reason != ReminderReason.NewTask || (Status == WorkTaskStatus.New && AssigneeId is null))
        {
            return false;
        }

        WithdrawAlerts(nowUtc);
        return true;
    }

    /// <summary>Somebody took the task: whoever was not alerted yet is not, and new-task notices go away.</summary>
    private void WithdrawAlerts(DateTime nowUtc)
    {
        var alerts = _reminders.Where(r => r.Reason == ReminderReason.NewTask).ToList();
        var withdrawn = alerts.Count(r => r.IsPending);
        alerts.ForEach(r =>
        {
            if (r.IsPending)
            {
                r.Cancel();
            }

            r.CloseNotice(nowUtc);
        });
        if (withdrawn > 0)
        {
            Record(TaskAction.ReminderCancelled, null, nowUtc, $"Task taken: {withdrawn} new-task alert(s) withdrawn");
        }
    }
}
