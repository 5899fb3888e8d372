using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Tasks.ListTasks;
using Crm.Modules.Tasking.Domain.Tasks;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.GetInbox;

/// <summary>
/// The inbox: New and In-progress tasks of the processes the employee executes, except those marked "do not
/// show in inbox"; newest first, or with <see cref="ByPriority"/> by the process's priority, then newest first.
/// Postponed tasks come back when their moment comes.
/// </summary>
public sealed record GetInboxQuery(bool ByPriority, string? Cursor, int? Limit) : IQuery<KeysetPage<TaskSummaryDto>>
{
    /// <summary>Only tasks that timed out and were escalated.</summary>
    public bool Escalated { get; init; }
}

internal sealed class GetInboxValidator : AbstractValidator<GetInboxQuery>
{
    public GetInboxValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListTasksQuery.MaxLimit);
        RuleFor(q => q.Cursor).Must(Common.Cursor.IsValid).WithMessage("Pass back the nextCursor of a previous page.");
    }
}

internal sealed class GetInboxHandler(IReadRepository<WorkTask> tasks, TaskNames names, StaffMember me)
    : IRequestHandler<GetInboxQuery, KeysetPage<TaskSummaryDto>>
{
    public async Task<KeysetPage<TaskSummaryDto>> Handle(GetInboxQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var audience = await me.AudienceAsync(cancellationToken);
        var limit = query.Limit ?? ListTasksQuery.DefaultLimit;
        var rows = audience.ProcessIds.Count == 0 ? [] : await tasks.ProjectToListAsync<TaskRow>(new InboxSpec(query, audience.ProcessIds, limit + 1), cancellationToken);
        var page = rows.Take(limit).ToList();
        await names.LoadAsync(page.Select(r => r.TypeId), page.Select(r => r.AssigneeId), page.Select(r => r.Addressee), cancellationToken);
        var next = rows.Count <= limit ? null : query.ByPriority ? Common.Cursor.Encode(page[^1].Priority, page[^1].Number) : Common.Cursor.Encode(page[^1].Number);
        return new KeysetPage<TaskSummaryDto>(page.Select(r => r.ToDto(names, clock)).ToList(), next);
    }
}

/// <summary>Keyset paging on (priority, number) or on number: a deep page costs what the first does.</summary>
public sealed class InboxSpec : Specification<WorkTask>
{
    public InboxSpec(GetInboxQuery query, IReadOnlyList<Guid> processIds, int take)
    {
        var processes = processIds.ToList();
        Query.Where(t => t.Addressee.Kind == AddresseeKind.ProcessExecutors && processes.Contains(t.Addressee.Id))
            .Where(t => (t.Status == WorkTaskStatus.New || t.Status == WorkTaskStatus.InProgress) && !t.HiddenFromInbox)
            .Where(t => t.EscalatedAtUtc != null, query.Escalated);
        if (query.ByPriority)
        {
            var hasCursor = Common.Cursor.TryDecode(query.Cursor, out int priority, out long number);
            Query.Where(t => t.Priority < priority || (t.Priority == priority && t.Number < number), hasCursor)
                .OrderByDescending(t => t.Priority).ThenByDescending(t => t.Number);
        }
        else
        {
            var hasCursor = Common.Cursor.TryDecode(query.Cursor, out long number);
            Query.Where(t => t.Number < number, hasCursor).OrderByDescending(t => t.Number);
        }

        Query.Take(take);
    }
}
