using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Modules.Tasking.Domain.Tasks;
using FluentValidation;

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
/// The task list's one filter type (everything but the cursor), each parameter optional: what the list's query string
/// carries, what a saved filter keeps, and what <see cref="TaskListSpec"/> reads. Ranges are [from, to). A
/// <see cref="Validity"/> replaces <see cref="Status"/>; without either the list shows open tasks. <see cref="Over"/>
/// lays explicit parameters over a saved filter's.
/// </summary>
public sealed record TaskListCriteria
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(allowIntegerValues: false) },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public IReadOnlyList<WorkTaskStatus>? Status { get; init; }

    public TaskOwnership? Ownership { get; init; }

    public Guid? TypeId { get; init; }

    public string? SubjectType { get; init; }

    public string? SubjectId { get; init; }

    public int? Limit { get; init; }

    /// <summary>Hide tasks somebody else has started working on (taken but not started still shows).</summary>
    public bool? NotInProgressWithOthers { get; init; }

    /// <summary>With a subject: also the tasks about objects that belong to it (a client's orders).</summary>
    public bool? IncludeRelated { get; init; }

    public TaskValidity? Validity { get; init; }

    public TaskOrder? Order { get; init; }

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

    /// <summary>These parameters where given, the saved ones elsewhere.</summary>
    public TaskListCriteria Over(TaskListCriteria? saved) => saved is null ? this : new TaskListCriteria
    {
        Status = Status is { Count: > 0 } ? Status : saved.Status,
        Ownership = Ownership ?? saved.Ownership,
        TypeId = TypeId ?? saved.TypeId,
        SubjectType = SubjectType ?? saved.SubjectType,
        SubjectId = SubjectId ?? saved.SubjectId,
        Limit = Limit ?? saved.Limit,
        NotInProgressWithOthers = NotInProgressWithOthers ?? saved.NotInProgressWithOthers,
        IncludeRelated = IncludeRelated ?? saved.IncludeRelated,
        Validity = Validity ?? saved.Validity,
        Order = Order ?? saved.Order,
        ProcessId = ProcessId ?? saved.ProcessId,
        AssigneeId = AssigneeId ?? saved.AssigneeId,
        CreatorId = CreatorId ?? saved.CreatorId,
        Result = Result ?? saved.Result,
        Search = Search ?? saved.Search,
        CreatedFrom = CreatedFrom ?? saved.CreatedFrom,
        CreatedTo = CreatedTo ?? saved.CreatedTo,
        DueFrom = DueFrom ?? saved.DueFrom,
        DueTo = DueTo ?? saved.DueTo,
        DoneFrom = DoneFrom ?? saved.DoneFrom,
        DoneTo = DoneTo ?? saved.DoneTo,
        PostponedFrom = PostponedFrom ?? saved.PostponedFrom,
        PostponedTo = PostponedTo ?? saved.PostponedTo,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TaskListCriteria FromJson(string json) => JsonSerializer.Deserialize<TaskListCriteria>(json, Json) ?? new TaskListCriteria();
}

/// <summary>The list's rules for its parameters, shared by the list and saved filters: a filter the list would refuse is never saved.</summary>
internal sealed class TaskListCriteriaValidator : AbstractValidator<TaskListCriteria>
{
    public TaskListCriteriaValidator()
    {
        RuleForEach(c => c.Status).IsInEnum().OverridePropertyName("statuses");
        RuleFor(c => c.Ownership).IsInEnum();
        RuleFor(c => c.Limit).InclusiveBetween(1, ListTasksQuery.MaxLimit);
        RuleFor(c => c.Validity).IsInEnum();
        RuleFor(c => c.Order).IsInEnum();
        RuleFor(c => c.Search).MaximumLength(200);
        RuleFor(c => c.SubjectId).Empty().When(c => string.IsNullOrEmpty(c.SubjectType)).WithMessage("Give subjectType with subjectId.");
        RuleFor(c => c.SubjectId).NotEmpty().When(c => c.IncludeRelated == true).WithMessage("includeRelated needs subjectType and subjectId.");
    }
}
