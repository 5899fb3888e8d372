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
    string? ResultCode)
{
    public TaskKind Kind { get; init; }

    /// <summary>The process the task came from: its definition id and name.</summary>
    public NamedRef? Process { get; init; }

    public TimeSpan? ReactionTime { get; init; }

    public DateTimeOffset? TimeoutAt { get; init; }

    public DateTimeOffset? TimedOutAt { get; init; }

    /// <summary>Set when the task timed out unanswered and its escalation target was told.</summary>
    public DateTimeOffset? EscalatedAt { get; init; }

    public TaskUrgency Urgency { get; init; }
}

/// <summary><see cref="ClosedByItself"/>: no person closed the task; its process's closing condition held (the comment says which).</summary>
public sealed record TaskResultView(string Code, string Name, string? Comment, string? Reason, NamedRef? CompletedBy, DateTimeOffset? ChosenMoment)
{
    public bool ClosedByItself { get; init; }
}

/// <summary>A result the task may close with, and what closing with it needs.</summary>
public sealed record ResultChoiceDto(string Code, string Name, bool RequiresReason, bool AsksForMoment, bool RequiresComment);

/// <summary>The process a task came from.</summary>
public sealed record ProcessLinkDto(Guid InstanceId, Guid DefinitionId, string Name, string BlockId, Guid RequestId);

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
    int Version)
{
    public TaskKind Kind { get; init; }

    public ProcessLinkDto? Process { get; init; }

    public bool HiddenFromInbox { get; init; }

    public TimeSpan? ReactionTime { get; init; }

    public DateTimeOffset? TimeoutAt { get; init; }

    public DateTimeOffset? TimedOutAt { get; init; }

    /// <summary>Set when the task timed out unanswered and its escalation target (<see cref="EscalatedTo"/>) was told.</summary>
    public DateTimeOffset? EscalatedAt { get; init; }

    public AddresseeDto? EscalatedTo { get; init; }

    public TaskUrgency Urgency { get; init; }

    /// <summary>The results this task may close with: its own answers, else its type's.</summary>
    public IReadOnlyList<ResultChoiceDto> Results { get; init; } = [];

    /// <summary>Calls and questions only: items to go through, ticked off with who and when.</summary>
    public IReadOnlyList<ChecklistItemDto> Checklist { get; init; } = [];

    /// <summary>The task this one was redirected from.</summary>
    public Guid? RedirectedFromId { get; init; }

    /// <summary>The follow-up this task was redirected to.</summary>
    public Guid? RedirectedToId { get; init; }

    /// <summary>Other modules' objects made from the task (e.g. its cart of parts), oldest first.</summary>
    public IReadOnlyList<TaskLinkDto> Links { get; init; } = [];
}

/// <summary>A link another module put on the task: its module, the object's kind and id, what to show, where it lives.</summary>
public sealed record TaskLinkDto(string Module, string Kind, Guid ObjectId, string Label, string Href, DateTimeOffset AttachedAt);

public sealed record ChecklistItemDto(Guid Id, string Text, NamedRef AddedBy, DateTimeOffset AddedAt, bool Ticked, NamedRef? TickedBy, DateTimeOffset? TickedAt);

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
            : new TaskResultView(task.ResultCode, ResultName(task, names), task.ResultComment, task.ResultReason, names.Employee(task.CompletedBy), clock.Show(task.ChosenMomentUtc))
            {
                ClosedByItself = task.CompletedBy is null,
            },
        task.Comments.OrderBy(c => c.AtUtc).Select(c => new TaskCommentDto(c.Id, names.Employee(c.Author)!, c.Text, clock.Show(c.AtUtc))).ToList(),
        clock.ZoneId,
        task.Version)
    {
        Kind = task.Kind,
        Process = task.Process is { } p ? new ProcessLinkDto(p.InstanceId, p.DefinitionId, p.Name, p.BlockId, p.RequestId) : null,
        HiddenFromInbox = task.HiddenFromInbox,
        ReactionTime = task.ReactionTime,
        TimeoutAt = clock.Show(task.TimeoutAtUtc),
        TimedOutAt = clock.Show(task.TimedOutAtUtc),
        EscalatedAt = clock.Show(task.EscalatedAtUtc),
        EscalatedTo = task.EscalatedTo is { } target ? names.Addressee(target) : null,
        Urgency = clock.Urgency(task.DueAtUtc, task.Status.IsOpen()),
        Results = names.TypeOf(task.TypeId) is { } type
            ? task.ResultChoices(type).Select(r => new ResultChoiceDto(r.Code, r.Name, r.RequiresReason, r.AsksForMoment, r.RequiresComment)).ToList()
            : [],
        Checklist = task.Checklist
            .Select(i => new ChecklistItemDto(i.Id, i.Text, names.Employee(i.AddedBy)!, clock.Show(i.AddedAtUtc), i.IsTicked, names.Employee(i.TickedBy), clock.Show(i.TickedAtUtc)))
            .ToList(),
        RedirectedFromId = task.RedirectedFromId?.Value,
        RedirectedToId = task.RedirectedToId?.Value,
        Links = task.Links.Select(l => new TaskLinkDto(l.Module, l.Kind, l.ObjectId, l.Label, l.Href, clock.Show(l.AttachedAtUtc))).ToList(),
    };

    private static string ResultName(WorkTask task, TaskNames names) => task.ResultCode == WorkTask.RedirectedResult ? "Redirected" :
        (names.TypeOf(task.TypeId) is { } type ? task.ResultChoices(type).FirstOrDefault(r => r.Code == task.ResultCode)?.Name : null) ?? task.ResultCode!;

    public static IEnumerable<EmployeeId?> People(this WorkTask task) =>
        new[] { task.AssigneeId, task.CreatedBy, task.CompletedBy }
            .Concat(task.Comments.Select(c => (EmployeeId?)c.Author))
            .Concat(task.History.Select(h => h.By))
            .Concat(task.Checklist.SelectMany(i => new[] { (EmployeeId?)i.AddedBy, i.TickedBy }));
}
