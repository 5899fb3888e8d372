using System.Text.Json;
using System.Text.Json.Serialization;
using Crm.Modules.Tasking.Application.Tasks.ListTasks;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.SavedFilters;

/// <summary>
/// The task list's parameters (everything but the cursor), each optional: what the list's query string carries and
/// what a saved filter keeps. <see cref="Over"/> lays explicit parameters over a saved filter's.
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

    public bool? NotInProgressWithOthers { get; init; }

    /// <summary>With a client as the subject: its orders' tasks too.</summary>
    public bool? IncludeRelated { get; init; }

    public TaskValidity? Validity { get; init; }

    public TaskOrder? Order { get; init; }

    public Guid? ProcessId { get; init; }

    public Guid? AssigneeId { get; init; }

    public Guid? CreatorId { get; init; }

    public string? Result { get; init; }

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

    public ListTasksQuery ToQuery(string? cursor) => new(Status, Ownership ?? TaskOwnership.All, TypeId, SubjectType, SubjectId, cursor, Limit)
    {
        NotInProgressWithOthers = NotInProgressWithOthers ?? false,
        IncludeRelated = IncludeRelated ?? false,
        Filter = new TaskFilter
        {
            Validity = Validity,
            Order = Order ?? TaskOrder.NewFirst,
            ProcessId = ProcessId,
            AssigneeId = AssigneeId,
            CreatorId = CreatorId,
            Result = Result,
            Search = Search,
            CreatedFrom = CreatedFrom,
            CreatedTo = CreatedTo,
            DueFrom = DueFrom,
            DueTo = DueTo,
            DoneFrom = DoneFrom,
            DoneTo = DoneTo,
            PostponedFrom = PostponedFrom,
            PostponedTo = PostponedTo,
        },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TaskListCriteria FromJson(string json) => JsonSerializer.Deserialize<TaskListCriteria>(json, Json) ?? new TaskListCriteria();
}
