namespace Crm.Modules.Tasking.Domain.TaskTypes;

/// <summary>The type's default notification settings, applied when a task of the type is postponed without choosing.</summary>
public sealed partial class TaskType
{
    /// <summary>The longest a reminder may lie before or after its moment.</summary>
    public static readonly TimeSpan MaxReminderOffset = TimeSpan.FromDays(30);

    /// <summary>Remind this long before (negative) or after the postponed moment; null: no reminder by default.</summary>
    public TimeSpan? DefaultReminderOffset { get; private set; }

    public void SetDefaultReminder(TimeSpan? offset) =>
        DefaultReminderOffset = offset is { } value && (value < -MaxReminderOffset || value > MaxReminderOffset) // Duration() of the smallest TimeSpan overflows
            ? throw new ArgumentOutOfRangeException(nameof(offset), "A reminder lies at most 30 days from its moment.")
            : offset;
}
