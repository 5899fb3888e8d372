namespace Crm.Modules.Tasking.Domain.Tasks;

/// <summary>Where a task is in its life. New, InProgress and Postponed are open; Done and Cancelled are closed.</summary>
public enum WorkTaskStatus
{
    New,
    InProgress,
    Postponed,
    Done,
    Cancelled,
}

public static class WorkTaskStatuses
{
    public static IReadOnlyList<WorkTaskStatus> Open { get; } = [WorkTaskStatus.New, WorkTaskStatus.InProgress, WorkTaskStatus.Postponed];

    public static bool IsOpen(this WorkTaskStatus status) => status is WorkTaskStatus.New or WorkTaskStatus.InProgress or WorkTaskStatus.Postponed;
}
