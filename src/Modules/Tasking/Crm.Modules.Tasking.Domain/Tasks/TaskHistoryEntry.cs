using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Domain.Tasks;

public enum TaskAction
{
    Created,
    Taken,
    StartedWorking,
    Postponed,
    Completed,
    Commented,
    Cancelled,
    TimedOut,
    Edited,
    Returned,
    Redirected,
    ChecklistItemAdded,
    ChecklistItemTicked,
    ChecklistItemUnticked,
    ChecklistItemRemoved,
    ReminderSet,
    ReminderSent,
    ReminderFailed,
    ReminderCancelled,
    TakenOver,
    Alerted,
    Escalated,
    LinkAttached,
}

/// <summary>One line of a task's history: what happened, who did it, when, and the details a reader needs.</summary>
public sealed class TaskHistoryEntry
{
    private TaskHistoryEntry()
    {
    }

    internal TaskHistoryEntry(int sequence, TaskAction action, EmployeeId? by, DateTime atUtc, string? details)
    {
        Id = Guid.NewGuid();
        Sequence = sequence;
        Action = action;
        By = by;
        AtUtc = atUtc;
        Details = details;
    }

    public Guid Id { get; private set; }

    /// <summary>1, 2, 3… within the task: orders entries that share a moment.</summary>
    public int Sequence { get; private set; }

    public TaskAction Action { get; private set; }

    /// <summary>Null when a process did it.</summary>
    public EmployeeId? By { get; private set; }

    public DateTime AtUtc { get; private set; }

    public string? Details { get; private set; }
}

/// <summary>A comment left on a task.</summary>
public sealed class TaskComment
{
    public const int TextMaxLength = 4000;

    private TaskComment()
    {
        Text = string.Empty;
    }

    internal TaskComment(EmployeeId author, string text, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        Author = author;
        Text = text;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public EmployeeId Author { get; private set; }

    public string Text { get; private set; }

    public DateTime AtUtc { get; private set; }
}
