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
/// The task list, newest first, a page at a time. Without <see cref="Statuses"/> it shows the open tasks
/// (New, In progress, Postponed). Pass <c>nextCursor</c> back as <see cref="Cursor"/> for the next page.
/// </summary>
public sealed record ListTasksQuery(
    IReadOnlyList<WorkTaskStatus>? Statuses,
    TaskOwnership Ownership,
    Guid? TypeId,
    string? SubjectType,
    string? SubjectId,
    string? Cursor,
    int? Limit) : IQuery<KeysetPage<TaskSummaryDto>>
{
    /// <summary>Hide tasks somebody else has started working on (taken but not started still shows).</summary>
    public bool NotInProgressWithOthers { get; init; }

    public TaskFilter? Filter { get; init; }

    /// <summary>With a subject: also the tasks about objects that belong to it (a client's orders).</summary>
    public bool IncludeRelated { get; init; }

    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed class ListTasksValidator : AbstractValidator<ListTasksQuery>
{
    public ListTasksValidator()
    {
        RuleForEach(q => q.Statuses).IsInEnum();
        RuleFor(q => q.Ownership).IsInEnum();
        RuleFor(q => q.Limit).InclusiveBetween(1, ListTasksQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(Common.Cursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
        RuleFor(q => q.Filter!.Validity).IsInEnum().When(q => q.Filter is not null).OverridePropertyName("validity");
        RuleFor(q => q.Filter!.Order).IsInEnum().When(q => q.Filter is not null).OverridePropertyName("order");
        RuleFor(q => q.Filter!.Search).MaximumLength(200).When(q => q.Filter is not null).OverridePropertyName("search");
        RuleFor(q => q.SubjectId).Empty().When(q => string.IsNullOrEmpty(q.SubjectType)).WithMessage("Give subjectType with subjectId.");
        RuleFor(q => q.SubjectId).NotEmpty().When(q => q.IncludeRelated).WithMessage("includeRelated needs subjectType and subjectId.");
    }
}

internal sealed class ListTasksHandler(IReadRepository<WorkTask> tasks, TaskNames names, StaffMember me, SubjectDirectory subjects)
    : IRequestHandler<ListTasksQuery, KeysetPage<TaskSummaryDto>>
{
    public async Task<KeysetPage<TaskSummaryDto>> Handle(ListTasksQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var limit = query.Limit ?? ListTasksQuery.DefaultLimit;
        var scope = await ScopeAsync(subjects, query, cancellationToken);
        var rows = await tasks.ListAsync(new TaskListSpec(query, await me.AudienceAsync(cancellationToken), limit + 1, scope), cancellationToken);
        var page = rows.Take(limit).ToList();
        await names.LoadAsync(page.Select(r => r.TypeId), page.Select(r => r.AssigneeId), page.Select(r => r.Addressee), cancellationToken);
        await subjects.LoadNamesAsync(page.Select(r => r.Subject.ToDto()), cancellationToken);
        var items = page.Select(r => r.ToDto(names, clock)).Select(t => t with { Subject = subjects.Named(t.Subject) }).ToList();
        return new KeysetPage<TaskSummaryDto>(items, rows.Count > limit ? Cursor.Encode(page[^1].Number) : null);
    }

    /// <summary>The subject and what belongs to it, when the list asks for related tasks.</summary>
    internal static async Task<SubjectScope?> ScopeAsync(SubjectDirectory subjects, ListTasksQuery query, CancellationToken cancellationToken) =>
        query.IncludeRelated && !string.IsNullOrWhiteSpace(query.SubjectType) && !string.IsNullOrWhiteSpace(query.SubjectId)
            ? await subjects.ScopeAsync(new Subject(query.SubjectType, query.SubjectId), cancellationToken)
            : null;
}

/// <summary>How many tasks the list's filters match, capped ("10,000+") so a huge list stays fast.</summary>
public sealed record CountTasksQuery(ListTasksQuery List) : IQuery<CappedCount>;

internal sealed class CountTasksHandler(ICappedCounter counter, StaffMember me, SubjectDirectory subjects) : IRequestHandler<CountTasksQuery, CappedCount>
{
    public async Task<CappedCount> Handle(CountTasksQuery query, CancellationToken cancellationToken) =>
        await counter.CountAsync(
            new TaskListSpec(query.List, await me.AudienceAsync(cancellationToken), null, await ListTasksHandler.ScopeAsync(subjects, query.List, cancellationToken)),
            cancellationToken);
}
