using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Domain.Reminders;

/// <summary>What a person asks for when postponing: who is reminded, how, and how long before (negative) or after the moment.</summary>
public sealed record ReminderPlan(EmployeeId EmployeeId, ReminderChannel Channel, string? Contact, TimeSpan Offset);

/// <summary>One person an alert goes to, through the channel (and contact) of their notification settings.</summary>
public sealed record AlertRecipient(EmployeeId EmployeeId, ReminderChannel Channel, string? Contact);

/// <summary>
/// A reminder of a postponed task, part of the task. The row is also its own delivery outbox: a job claims it when
/// due (lease columns), shows it in the informer or hands it to the channel's adapter, and records the outcome.
/// An informer notice stays until dismissed, until the task changes (closed, worked on, postponed again) or,
/// for a reminder before the moment, until the moment comes.
/// </summary>
public sealed class TaskReminder
{
    private TaskReminder()
    {
    }

    internal TaskReminder(ReminderPlan plan, DateTime momentUtc, DateTime nowUtc)
    {
        Id = Guid.NewGuid();
        EmployeeId = plan.EmployeeId;
        Channel = plan.Channel;
        Contact = plan.Contact;
        Offset = plan.Offset;
        MomentUtc = momentUtc;
        RemindAtUtc = Moments.Plus(momentUtc, plan.Offset);
        NextAttemptAtUtc = RemindAtUtc;
        Status = ReminderStatus.Pending;
        CreatedAtUtc = nowUtc;
    }

    /// <summary>An alert (new task, escalation): due at once, its moment the moment it was raised.</summary>
    internal TaskReminder(AlertRecipient recipient, ReminderReason reason, DateTime nowUtc)
        : this(new ReminderPlan(recipient.EmployeeId, recipient.Channel, recipient.Contact, TimeSpan.Zero), nowUtc, nowUtc) => Reason = reason;

    public Guid Id { get; private set; }

    public ReminderReason Reason { get; private set; }

    /// <summary>Who is reminded: the employee who postponed (or, for an alert, one addressee or escalation target).</summary>
    public EmployeeId EmployeeId { get; private set; }

    public ReminderChannel Channel { get; private set; }

    /// <summary>E-mail address, phone or Telegram chat id, copied from the settings when the reminder was set.</summary>
    public string? Contact { get; private set; }

    /// <summary>Relative to the moment: negative before it, positive after it.</summary>
    public TimeSpan Offset { get; private set; }

    /// <summary>The moment the task was postponed to.</summary>
    public DateTime MomentUtc { get; private set; }

    public DateTime RemindAtUtc { get; private set; }

    public ReminderStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    /// <summary>Claim lease: while in the future, one delivery job owns the row.</summary>
    public DateTime? LockedUntilUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>When the informer notice went away (dismissed, or the task changed).</summary>
    public DateTime? NoticeClosedAtUtc { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public bool IsPending => Status == ReminderStatus.Pending;

    internal void Cancel()
    {
        Status = ReminderStatus.Cancelled;
        LockedUntilUtc = null;
    }

    internal void Delivered(DateTime nowUtc)
    {
        (Status, SentAtUtc, LastError, LockedUntilUtc) = (ReminderStatus.Sent, nowUtc, null, null);
        Attempts++;
    }

    /// <summary>One attempt more; returns true when that was the last one the policy allows.</summary>
    internal bool NotDelivered(string error, DateTime nowUtc, RetryPolicy retries)
    {
        Attempts++;
        (LastError, LockedUntilUtc) = (RetryPolicy.Trim(error), null);
        if (retries.GivesUpAfter(Attempts))
        {
            Status = ReminderStatus.Failed;
            return true;
        }

        NextAttemptAtUtc = nowUtc + retries.DelayAfter(Attempts);
        return false;
    }

    internal void CloseNotice(DateTime nowUtc) => NoticeClosedAtUtc ??= nowUtc;
}
