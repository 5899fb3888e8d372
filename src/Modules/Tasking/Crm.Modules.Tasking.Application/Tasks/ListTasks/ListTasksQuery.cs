using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Subjects;
using Crm.Modules.Tasking.Domain.Tasks;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.ListTasks;

/// <summary>Whose tasks: taken by me, taken by nobody yet, or taken by somebody else.</summary>
public enum TaskOwnership
{
    All,
    Mine,
    Nobody,
    Others,
}

/// <summary>
/// The task list, newest first, a page at a time, filtered by <see cref="Criteria"/> (without a status or validity it
/// shows the open tasks: New, In progress, Postponed). Pass <c>nextCursor</c> back as <see cref="Cursor"/> for the next page.
/// </summary>
public sealed record ListTasksQuery(TaskListCriteria Criteria, string? Cursor) : IQuery<KeysetPage<TaskSummaryDto>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

/// <summary>The criteria's own rules (errors named as the query string names them), and the cursor.</summary>
internal sealed class ListTasksValidator : AbstractValidator<ListTasksQuery>
{
    private readonly TaskListCriteriaValidator _criteria = new();

    public ListTasksValidator()
    {
        RuleFor(q => q.Cursor).Must(Common.Cursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
        RuleFor(q => q.Criteria).Custom((criteria, context) => _criteria.Validate(criteria).Errors.ForEach(context.AddFailure));
    }
}

internal sealed class ListTasksHandler(IReadRepository<WorkTask> tasks, TaskNames names, StaffMember me, SubjectDirectory subjects)
    : IRequestHandler<ListTasksQuery, KeysetPage<TaskSummaryDto>>
{
    public async Task<KeysetPage<TaskSummaryDto>> Handle(ListTasksQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var limit = query.Criteria.Limit ?? ListTasksQuery.DefaultLimit;
        var scope = await ScopeAsync(subjects, query.Criteria, cancellationToken);
        var rows = await tasks.ProjectToListAsync<TaskRow>(new TaskListSpec(query.Criteria, query.Cursor, await me.AudienceAsync(cancellationToken), limit + 1, scope), cancellationToken);
        var page = rows.Take(limit).ToList();
        await names.LoadAsync(page.Select(r => r.TypeId), page.Select(r => r.AssigneeId), page.Select(r => r.Addressee), cancellationToken);
        await subjects.LoadNamesAsync(page.Select(r => r.Subject.ToDto()), cancellationToken);
        var items = page.Select(r => r.ToDto(names, clock)).Select(t => t with { Subject = subjects.Named(t.Subject) }).ToList();
        return new KeysetPage<TaskSummaryDto>(items, rows.Count > limit ? Cursor.Encode(page[^1].Number) : null);
    }

    /// <summary>The subject and what belongs to it, when the list asks for related tasks.</summary>
    internal static async Task<SubjectScope?> ScopeAsync(SubjectDirectory subjects, TaskListCriteria criteria, CancellationToken cancellationToken) =>
        criteria.IncludeRelated == true && !string.IsNullOrWhiteSpace(criteria.SubjectType) && !string.IsNullOrWhiteSpace(criteria.SubjectId)
            ? await subjects.ScopeAsync(new Subject(criteria.SubjectType, criteria.SubjectId), cancellationToken)
            : null;
}

/// <summary>How many tasks the list's filters match, capped ("10,000+") so a huge list stays fast.</summary>
public sealed record CountTasksQuery(ListTasksQuery List) : IQuery<CappedCount>;

internal sealed class CountTasksHandler(ICappedCounter counter, StaffMember me, SubjectDirectory subjects) : IRequestHandler<CountTasksQuery, CappedCount>
{
    public async Task<CappedCount> Handle(CountTasksQuery query, CancellationToken cancellationToken) =>
        await counter.CountAsync(
            new TaskListSpec(query.List.Criteria, query.List.Cursor, await me.AudienceAsync(cancellationToken), null, await ListTasksHandler.ScopeAsync(subjects, query.List.Criteria, cancellationToken)),
            cancellationToken);
}
