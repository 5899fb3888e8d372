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

/// <summary>Filters plus keyset paging on the task number, newest (or oldest) first: a deep page costs what the first does.</summary>
public sealed class TaskListSpec : Specification<WorkTask, TaskRow>
{
    public TaskListSpec(ListTasksQuery query, TaskAudience audience, int? take, Subjects.SubjectScope? scope = null)
    {
        var me = audience.EmployeeId;
        var filter = query.Filter ?? new TaskFilter();
        var statuses = (TaskFilter.Statuses(filter.Validity) ?? (query.Statuses is { Count: > 0 } chosen ? chosen : null))?.Distinct().ToList();
        statuses ??= filter.Validity is null && query.Statuses is null or { Count: 0 } && !HasClosedFilters(filter) ? WorkTaskStatuses.Open.ToList() : null;
        var typeId = query.TypeId is { } type ? new TaskTypeId(type) : default;
        var subjectType = query.SubjectType?.Trim().ToLowerInvariant();

        Query.Where(audience.CanSee())
            .Where(t => statuses!.Contains(t.Status), statuses is not null)
            .Where(t => t.AssigneeId == null, filter.Validity == TaskValidity.Free)
            .Where(t => t.AssigneeId == me, query.Ownership == TaskOwnership.Mine)
            .Where(t => t.AssigneeId == null, query.Ownership == TaskOwnership.Nobody)
            .Where(t => t.AssigneeId != null && t.AssigneeId != me, query.Ownership == TaskOwnership.Others)
            .Where(t => t.TypeId == typeId, query.TypeId is not null)
            .Where(t => t.AssigneeId == null || t.AssigneeId == me || t.WorkStartedAtUtc == null, query.NotInProgressWithOthers)
            .Where(t => t.Subject!.Type == subjectType, !string.IsNullOrEmpty(subjectType) && scope is null)
            .Where(t => t.Subject!.Id == query.SubjectId, !string.IsNullOrEmpty(query.SubjectId) && scope is null);
        if (scope is not null)
        {
            Query.Where(scope.Predicate());
        }

        ApplyFilter(filter);
        ApplyPage(query, filter.Order, take);
        Query.Select(TaskRow.FromTask);
    }

    /// <summary>Filtering on results or done dates means closed tasks: the open-only default would hide them all.</summary>
    private static bool HasClosedFilters(TaskFilter filter) => filter.Result is not null || filter.DoneFrom is not null || filter.DoneTo is not null;

    private void ApplyFilter(TaskFilter filter)
    {
        var assignee = new EmployeeId(filter.AssigneeId ?? Guid.Empty);
        var creator = new EmployeeId(filter.CreatorId ?? Guid.Empty);
        var result = filter.Result?.Trim().ToLowerInvariant();
        Query.Where(t => t.Process!.DefinitionId == filter.ProcessId, filter.ProcessId is not null)
            .Where(t => t.AssigneeId == assignee, filter.AssigneeId is not null)
            .Where(t => t.CreatedBy == creator, filter.CreatorId is not null)
            .Where(t => t.ResultCode == result, !string.IsNullOrEmpty(result));
        ApplySearch(filter.Search?.Trim());
        ApplyRange(t => t.CreatedAtUtc, filter.CreatedFrom, filter.CreatedTo);
        ApplyRange(t => t.DueAtUtc, filter.DueFrom, filter.DueTo);
        ApplyRange(t => t.CompletedAtUtc, filter.DoneFrom, filter.DoneTo);
        ApplyRange(t => t.PostponedUntilUtc, filter.PostponedFrom, filter.PostponedTo);
    }

    private void ApplySearch(string? search)
    {
        if (string.IsNullOrEmpty(search))
        {
            return;
        }

        if (long.TryParse(search, out var number))
        {
            Query.Where(t => t.Number == number);
            return;
        }

        var words = search.ToLowerInvariant();
        Query.Where(t => t.Title.ToLower().Contains(words) || (t.Description != null && t.Description.ToLower().Contains(words)));
    }

    private void ApplyRange(System.Linq.Expressions.Expression<Func<WorkTask, DateTime?>> moment, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (from is { } start)
        {
            var utc = start.UtcDateTime;
            Query.Where(moment.Satisfies(m => m >= utc));
        }

        if (to is { } end)
        {
            var utc = end.UtcDateTime;
            Query.Where(moment.Satisfies(m => m < utc));
        }
    }

    private void ApplyPage(ListTasksQuery query, TaskOrder order, int? take)
    {
        var hasCursor = Cursor.TryDecode(query.Cursor, out var after);
        if (order == TaskOrder.OldFirst)
        {
            Query.Where(t => t.Number > after, hasCursor).OrderBy(t => t.Number);
        }
        else
        {
            Query.Where(t => t.Number < after, hasCursor).OrderByDescending(t => t.Number);
        }

        if (take is { } count)
        {
            Query.Take(count);
        }
    }
}
