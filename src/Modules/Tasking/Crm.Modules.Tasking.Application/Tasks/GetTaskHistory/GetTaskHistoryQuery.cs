using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Tasks;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.GetTaskHistory;

/// <summary>Everything that happened to a task, oldest first: what, who, when.</summary>
public sealed record GetTaskHistoryQuery(Guid TaskId) : IQuery<IReadOnlyList<TaskHistoryEntryDto>>;

internal sealed class GetTaskHistoryHandler(IReadRepository<WorkTask> tasks, TaskNames names, StaffMember me)
    : IRequestHandler<GetTaskHistoryQuery, IReadOnlyList<TaskHistoryEntryDto>>
{
    public async Task<IReadOnlyList<TaskHistoryEntryDto>> Handle(GetTaskHistoryQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var task = await me.SeeAsync(await tasks.FirstOrDefaultAsync(new TaskByIdSpec(new TaskId(query.TaskId)), cancellationToken), query.TaskId, cancellationToken);
        await names.LoadAsync([], task.People(), [], cancellationToken);
        return task.History
            .OrderBy(h => h.Sequence)
            .Select(h => new TaskHistoryEntryDto(h.Action, names.Employee(h.By), clock.Show(h.AtUtc), h.Details))
            .ToList();
    }
}
