using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Tasks.ListTasks;
using Crm.Modules.Tasking.Domain.Tasks;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.GetBar;

/// <summary>The bar on every page: my tasks in progress, tasks nobody has taken, and my tasks with due times.</summary>
public sealed record GetBarQuery : IQuery<BarDto>;

/// <summary>
/// Counts are capped (<see cref="CappedCount"/>); <see cref="MyDue"/> is overdue first, then by due time, each
/// with its urgency in the reader's time zone.
/// </summary>
public sealed record BarDto(CappedCount InProgress, CappedCount WithoutManager, CappedCount Overdue, CappedCount DueToday, IReadOnlyList<TaskSummaryDto> MyDue);

internal sealed class GetBarHandler(IReadRepository<WorkTask> tasks, ICappedCounter counter, TaskNames names, StaffMember me) : IRequestHandler<GetBarQuery, BarDto>
{
    public const int DueShown = 20;

    public async Task<BarDto> Handle(GetBarQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var audience = await me.AudienceAsync(cancellationToken);
        var mine = audience.HeldByMe(); // mine, and an absent colleague's when I stand in
        var inProgress = await CountAsync(new BarCountSpec(mine, t => t.Status == WorkTaskStatus.InProgress), cancellationToken);
        var free = await CountAsync(new BarCountSpec(audience.CanSee(), t => t.AssigneeId == null && t.Status == WorkTaskStatus.New), cancellationToken);
        var now = clock.NowUtc;
        var endOfToday = clock.EndOfTodayUtc();
        var overdue = await CountAsync(new MyDueSpec(mine, null, now), cancellationToken);
        var today = await CountAsync(new MyDueSpec(mine, now, endOfToday), cancellationToken);
        var rows = await tasks.ProjectToListAsync<TaskRow>(new MyDueSpec(mine, null, null, DueShown), cancellationToken);
        await names.LoadAsync(rows.Select(r => r.TypeId), rows.Select(r => r.AssigneeId), rows.Select(r => r.Addressee), cancellationToken);
        return new BarDto(inProgress, free, overdue, today, rows.Select(r => r.ToDto(names, clock)).ToList());
    }

    private Task<CappedCount> CountAsync(Specification<WorkTask> spec, CancellationToken cancellationToken) => counter.CountAsync(spec, cancellationToken);
}

public sealed class BarCountSpec : Specification<WorkTask>
{
    public BarCountSpec(params System.Linq.Expressions.Expression<Func<WorkTask, bool>>[] criteria)
    {
        foreach (var criterion in criteria)
        {
            Query.Where(criterion);
        }

        Query.Take(CappedCount.Cap + 1);
    }
}

/// <summary>My open tasks (those <c>held</c> selects) with a due time in [from, to), soonest first (so overdue ones lead).</summary>
public sealed class MyDueSpec : Specification<WorkTask>
{
    public MyDueSpec(System.Linq.Expressions.Expression<Func<WorkTask, bool>> held, DateTime? fromUtc, DateTime? toUtc, int take = CappedCount.Cap + 1)
    {
        var open = WorkTaskStatuses.Open.ToList();
        Query.Where(held).Where(t => open.Contains(t.Status) && t.DueAtUtc != null)
            .Where(t => t.DueAtUtc > fromUtc, fromUtc is not null)
            .Where(t => t.DueAtUtc <= toUtc, toUtc is not null)
            .OrderBy(t => t.DueAtUtc).ThenBy(t => t.Number)
            .Take(take);
    }
}
