using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Tasks;

/// <summary>A task in a list: what the inbox row shows. Times are in the reader's time zone.</summary>
public sealed record TaskSummaryDto(
    Guid Id,
    long Number,
    NamedRef Type,
    string Title,
    SubjectDto? Subject,
    AddresseeDto Addressee,
    NamedRef? Assignee,
    WorkTaskStatus Status,
    bool WorkStarted,
    int Priority,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? PostponedUntil,
    DateTimeOffset? CompletedAt,
    string? ResultCode);

public sealed record TaskResultView(string Code, string Name, string? Comment, string? Reason, NamedRef? CompletedBy);

public sealed record TaskCommentDto(Guid Id, NamedRef Author, string Text, DateTimeOffset At);

/// <summary>A task's card. <see cref="Version"/> is also sent as the ETag; send it back as If-Match to refuse stale writes.</summary>
public sealed record TaskDto(
    Guid Id,
    long Number,
    NamedRef Type,
    string Title,
    string? Description,
    SubjectDto? Subject,
    AddresseeDto Addressee,
    NamedRef? Assignee,
    WorkTaskStatus Status,
    bool WorkStarted,
    int Priority,
    NamedRef? CreatedBy,
    DateTimeOffset CreatedAt,
    DateTimeOffset? DueAt,
    DateTimeOffset? TakenAt,
    DateTimeOffset? WorkStartedAt,
    DateTimeOffset? PostponedUntil,
    DateTimeOffset? CompletedAt,
    TaskResultView? Result,
    IReadOnlyList<TaskCommentDto> Comments,
    string TimeZone,
    int Version);

public sealed record TaskHistoryEntryDto(TaskAction Action, NamedRef? By, DateTimeOffset At, string? Details);

internal static class TaskDtoMapping
{
    public static SubjectDto? ToDto(this Subject? subject) => subject is null ? null : new SubjectDto(subject.Type, subject.Id);

    public static TaskDto ToDto(this WorkTask task, TaskNames names, LocalClock clock) => new(
        task.Id.Value,
        task.Number,
        names.Type(task.TypeId),
        task.Title,
        task.Description,
        task.Subject.ToDto(),
        names.Addressee(task.Addressee),
        names.Employee(task.AssigneeId),
        task.Status,
        task.WorkStartedAtUtc is not null,
        task.Priority,
        names.Employee(task.CreatedBy),
        clock.Show(task.CreatedAtUtc),
        clock.Show(task.DueAtUtc),
        clock.Show(task.TakenAtUtc),
        clock.Show(task.WorkStartedAtUtc),
        clock.Show(task.PostponedUntilUtc),
        clock.Show(task.CompletedAtUtc),
        task.ResultCode is null
            ? null
            : new TaskResultView(task.ResultCode, names.ResultName(task.TypeId, task.ResultCode)!, task.ResultComment, task.ResultReason, names.Employee(task.CompletedBy)),
        task.Comments.OrderBy(c => c.AtUtc).Select(c => new TaskCommentDto(c.Id, names.Employee(c.Author)!, c.Text, clock.Show(c.AtUtc))).ToList(),
        clock.ZoneId,
        task.Version);

    public static IEnumerable<EmployeeId?> People(this WorkTask task) =>
        new[] { task.AssigneeId, task.CreatedBy, task.CompletedBy }
            .Concat(task.Comments.Select(c => (EmployeeId?)c.Author))
            .Concat(task.History.Select(h => h.By));
}
