using Crm.Modules.Tasking.Application.SavedFilters.GetSavedFilter;
using Crm.Modules.Tasking.Application.Tasks.ListTasks;
using Crm.Modules.Tasking.Domain.Tasks;
using MediatR;

namespace Crm.Modules.Tasking.Infrastructure.Api;

/// <summary>
/// The task list's query string: <c>GET /tasks?status=New&amp;validity=Open&amp;order=OldFirst&amp;search=1042…</c>.
/// Parameters are named as clients send them, so a value that does not bind is reported under that name.
/// </summary>
// camelCase on purpose: these are query-string names
internal sealed record TaskListRequest(
    WorkTaskStatus[]? status = null,
    TaskOwnership? ownership = null,
    Guid? typeId = null,
    string? subjectType = null,
    string? subjectId = null,
    string? cursor = null,
    int? limit = null,
    bool? notInProgressWithOthers = null,
    TaskValidity? validity = null,
    TaskOrder? order = null,
    Guid? processId = null,
    Guid? assigneeId = null,
    Guid? creatorId = null,
    string? result = null,
    string? search = null,
    DateTimeOffset? createdFrom = null,
    DateTimeOffset? createdTo = null,
    DateTimeOffset? dueFrom = null,
    DateTimeOffset? dueTo = null,
    DateTimeOffset? doneFrom = null,
    DateTimeOffset? doneTo = null,
    DateTimeOffset? postponedFrom = null,
    DateTimeOffset? postponedTo = null,
    bool? includeRelated = null,
    Guid? savedFilterId = null)
{
    /// <summary>The list query: these parameters, laid over those of <c>savedFilterId</c> (one of mine) when given.</summary>
    public async Task<ListTasksQuery> ToQueryAsync(IMediator mediator, CancellationToken cancellationToken)
    {
        var saved = savedFilterId is { } id ? (await mediator.Send(new GetSavedFilterQuery(id), cancellationToken)).Filter : null;
        return new ListTasksQuery(ToCriteria().Over(saved), cursor);
    }

    private TaskListCriteria ToCriteria() => new()
    {
        Status = status,
        Ownership = ownership,
        TypeId = typeId,
        SubjectType = subjectType,
        SubjectId = subjectId,
        Limit = limit,
        NotInProgressWithOthers = notInProgressWithOthers,
        IncludeRelated = includeRelated,
        Validity = validity,
        Order = order,
        ProcessId = processId,
        AssigneeId = assigneeId,
        CreatorId = creatorId,
        Result = result,
        Search = search,
        CreatedFrom = createdFrom,
        CreatedTo = createdTo,
        DueFrom = dueFrom,
        DueTo = dueTo,
        DoneFrom = doneFrom,
        DoneTo = doneTo,
        PostponedFrom = postponedFrom,
        PostponedTo = postponedTo,
    };
}
