namespace Crm.Modules.Tasking.Domain.Reminders;

/// <summary>How an employee is reminded of a postponed task. The informer (in the app) needs no contact.</summary>
public enum ReminderChannel
{
    Informer,
    Email,
    Sms,
    Telegram,
}

/// <summary>A reminder waits (Pending), then is Sent, or Failed after its last attempt, or Cancelled before its time.</summary>
public enum ReminderStatus
{
    Pending,
    Sent,
    Cancelled,
    Failed,
}

/// <summary>
/// Why a notice goes out: a postponed task's reminder, a new task's alert to its addressees, or an escalation to the
/// task type's escalation target. All three share one row type and one delivery job.
/// </summary>
public enum ReminderReason
{
    Postponed,
    NewTask,
    Escalation,
}
