using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.Tasks.ListTasks;

/// <summary>The columns a list row needs, projected in the database: history and comments are never loaded.</summary>
public sealed record TaskRow(
    TaskId Id,
    long Number,
    TaskTypeId TypeId,
    string Title,
    Subject? Subject,
    Addressee Addressee,
    EmployeeId? AssigneeId,
    WorkTaskStatus Status,
    DateTime? WorkStartedAtUtc,
    int Priority,
    DateTime CreatedAtUtc,
    DateTime? DueAtUtc,
    DateTime? PostponedUntilUtc,
    DateTime? CompletedAtUtc,
    string? ResultCode,
    TaskKind Kind,
    ProcessLink? Process,
    TimeSpan? ReactionTime,
    DateTime? TimeoutAtUtc,
    DateTime? TimedOutAtUtc)
{
    public static readonly System.Linq.Expressions.Expression<Func<WorkTask, TaskRow>> FromTask = t => new TaskRow(
        t.Id, t.Number, t.TypeId, t.Title, t.Subject, t.Addressee, t.AssigneeId, t.Status, t.WorkStartedAtUtc, t.Priority,
        t.CreatedAtUtc, t.DueAtUtc, t.PostponedUntilUtc, t.CompletedAtUtc, t.ResultCode, t.Kind, t.Process, t.ReactionTime, t.TimeoutAtUtc, t.TimedOutAtUtc);

    public TaskSummaryDto ToDto(TaskNames names, LocalClock clock) => new(
        Id.Value, Number, names.Type(TypeId), Title, Subject.ToDto(), names.Addressee(Addressee), names.Employee(AssigneeId),
        Status, WorkStartedAtUtc is not null, Priority, clock.Show(CreatedAtUtc), clock.Show(DueAtUtc), clock.Show(PostponedUntilUtc),
        clock.Show(CompletedAtUtc), ResultCode)
    {
        Kind = Kind,
        Process = Process is { } p ? new NamedRef(p.DefinitionId, p.Name) : null,
        ReactionTime = ReactionTime,
        TimeoutAt = clock.Show(TimeoutAtUtc),
        TimedOutAt = clock.Show(TimedOutAtUtc),
        Urgency = clock.Urgency(DueAtUtc, Status.IsOpen()),
    };
}

/// <summary>Filters plus keyset paging on the task number, newest first: a deep page costs what the first does.</summary>
public sealed class TaskListSpec : Specification<WorkTask, TaskRow>
{
    public TaskListSpec(ListTasksQuery query, TaskAudience audience, int take)
    {
        var me = audience.EmployeeId;
        var statuses = query.Statuses is { Count: > 0 } chosen ? chosen.Distinct().ToList() : WorkTaskStatuses.Open.ToList();
        var typeId = query.TypeId is { } type ? new TaskTypeId(type) : default;
        var subjectType = query.SubjectType?.Trim().ToLowerInvariant();
        var hasCursor = Cursor.TryDecode(query.Cursor, out var after);

        Query.Where(audience.CanSee())
            .Where(t => statuses.Contains(t.Status))
            .Where(t => t.AssigneeId == me, query.Ownership == TaskOwnership.Mine)
            .Where(t => t.AssigneeId == null, query.Ownership == TaskOwnership.Nobody)
            .Where(t => t.AssigneeId != null && t.AssigneeId != me, query.Ownership == TaskOwnership.Others)
            .Where(t => t.TypeId == typeId, query.TypeId is not null)
            .Where(t => t.AssigneeId == null || t.AssigneeId == me || t.WorkStartedAtUtc == null, query.NotInProgressWithOthers)
            .Where(t => t.Subject!.Type == subjectType, !string.IsNullOrEmpty(subjectType))
            .Where(t => t.Subject!.Id == query.SubjectId, !string.IsNullOrEmpty(query.SubjectId))
            .Where(t => t.Number < after, hasCursor)
            .OrderByDescending(t => t.Number)
            .Take(take);
        Query.Select(TaskRow.FromTask);
    }
}
