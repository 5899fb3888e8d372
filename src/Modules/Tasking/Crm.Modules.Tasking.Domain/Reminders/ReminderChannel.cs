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
