using Ardalis.Specification;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.Tasks.ListTasks;

/// <summary>
/// The columns a list row needs, projected in the database by Mapster (<c>ProjectToListAsync</c>, ADR 0061): history and
/// comments are never loaded. Each parameter is named after the task's member it comes from.
/// </summary>
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
    DateTime? TimedOutAtUtc,
    DateTime? EscalatedAtUtc)
{
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
        EscalatedAt = clock.Show(EscalatedAtUtc),
        Urgency = clock.Urgency(DueAtUtc, Status.IsOpen()),
    };
}

/// <summary>Filters plus keyset paging on the task number, newest (or oldest) first: a deep page costs what the first does.</summary>
public sealed class TaskListSpec : Specification<WorkTask>
{
    public TaskListSpec(TaskListCriteria criteria, string? cursor, TaskAudience audience, int? take, Subjects.SubjectScope? scope = null)
    {
        var me = audience.EmployeeId;
        var statuses = (StatusesOf(criteria.Validity) ?? (criteria.Status is { Count: > 0 } chosen ? chosen : null))?.Distinct().ToList();
        statuses ??= criteria.Validity is null && criteria.Status is null or { Count: 0 } && !HasClosedFilters(criteria) ? WorkTaskStatuses.Open.ToList() : null;
        var typeId = criteria.TypeId is { } type ? new TaskTypeId(type) : default;
        var subjectType = criteria.SubjectType?.Trim().ToLowerInvariant();
        var ownership = criteria.Ownership ?? TaskOwnership.All;

        Query.Where(audience.CanSee())
            .Where(t => statuses!.Contains(t.Status), statuses is not null)
            .Where(t => t.AssigneeId == null, criteria.Validity == TaskValidity.Free)
            .Where(t => t.AssigneeId == me, ownership == TaskOwnership.Mine)
            .Where(t => t.AssigneeId == null, ownership == TaskOwnership.Nobody)
            .Where(t => t.AssigneeId != null && t.AssigneeId != me, ownership == TaskOwnership.Others)
            .Where(t => t.TypeId == typeId, criteria.TypeId is not null)
            .Where(t => t.AssigneeId == null || t.AssigneeId == me || t.WorkStartedAtUtc == null, criteria.NotInProgressWithOthers == true)
            .Where(t => t.Subject!.Type == subjectType, !string.IsNullOrEmpty(subjectType) && scope is null)
            .Where(t => t.Subject!.Id == criteria.SubjectId, !string.IsNullOrEmpty(criteria.SubjectId) && scope is null);
        if (scope is not null)
        {
            Query.Where(scope.Predicate());
        }

        ApplyFilter(criteria);
        ApplyPage(cursor, criteria.Order ?? TaskOrder.NewFirst, take);
    }

    /// <summary>The statuses a validity stands for; null for All or none.</summary>
    public static IReadOnlyList<WorkTaskStatus>? StatusesOf(TaskValidity? validity) => validity switch
    {
        TaskValidity.Open => WorkTaskStatuses.Open,
        TaskValidity.Free => [WorkTaskStatus.New],
        TaskValidity.InProgress => [WorkTaskStatus.InProgress],
        TaskValidity.Closed => [WorkTaskStatus.Done, WorkTaskStatus.Cancelled],
        TaskValidity.Postponed => [WorkTaskStatus.Postponed],
        _ => null,
    };

    /// <summary>Filtering on results or done dates means closed tasks: the open-only default would hide them all.</summary>
    private static bool HasClosedFilters(TaskListCriteria filter) => filter.Result is not null || filter.DoneFrom is not null || filter.DoneTo is not null;

    private void ApplyFilter(TaskListCriteria filter)
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

    private void ApplyPage(string? cursor, TaskOrder order, int? take)
    {
        var hasCursor = Cursor.TryDecode(cursor, out var after);
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
