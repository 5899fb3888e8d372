using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Tasks.ListTasks;

/// <summary>The list's "validity" shortcut: a set of statuses (and, for Free, nobody holding the task).</summary>
public enum TaskValidity
{
    All,
    Open,
    Free,
    InProgress,
    Closed,
    Postponed,
}

public enum TaskOrder
{
    NewFirst,
    OldFirst,
}

/// <summary>
/// The filters of the list beyond status, ownership, type and object. Ranges are [from, to). A
/// <see cref="Validity"/> replaces <c>status</c>; without either the list shows open tasks.
/// </summary>
public sealed record TaskFilter
{
    public TaskValidity? Validity { get; init; }

    public TaskOrder Order { get; init; }

    public Guid? ProcessId { get; init; }

    public Guid? AssigneeId { get; init; }

    public Guid? CreatorId { get; init; }

    public string? Result { get; init; }

    /// <summary>The task number, or words from the title or description.</summary>
    public string? Search { get; init; }

    public DateTimeOffset? CreatedFrom { get; init; }

    public DateTimeOffset? CreatedTo { get; init; }

    public DateTimeOffset? DueFrom { get; init; }

    public DateTimeOffset? DueTo { get; init; }

    public DateTimeOffset? DoneFrom { get; init; }

    public DateTimeOffset? DoneTo { get; init; }

    public DateTimeOffset? PostponedFrom { get; init; }

    public DateTimeOffset? PostponedTo { get; init; }

    public static IReadOnlyList<WorkTaskStatus>? Statuses(TaskValidity? validity) => validity switch
    {
        TaskValidity.Open => WorkTaskStatuses.Open,
        TaskValidity.Free => [WorkTaskStatus.New],
        TaskValidity.InProgress => [WorkTaskStatus.InProgress],
        TaskValidity.Closed => [WorkTaskStatus.Done, WorkTaskStatus.Cancelled],
        TaskValidity.Postponed => [WorkTaskStatus.Postponed],
        _ => null,
    };
}
