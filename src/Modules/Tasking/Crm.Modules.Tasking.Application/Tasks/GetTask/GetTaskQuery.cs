using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Subjects;
using Crm.Modules.Tasking.Domain.Tasks;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.GetTask;

public sealed record GetTaskQuery(Guid TaskId) : IQuery<TaskDto>;

internal sealed class GetTaskHandler(IReadRepository<WorkTask> tasks, TaskNames names, StaffMember me, SubjectDirectory subjects) : IRequestHandler<GetTaskQuery, TaskDto>
{
    public async Task<TaskDto> Handle(GetTaskQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var task = await me.SeeAsync(await tasks.FirstOrDefaultAsync(new TaskByIdSpec(new TaskId(query.TaskId)), cancellationToken), query.TaskId, cancellationToken);
        await names.LoadAsync([task.TypeId], task.People(), new[] { task.Addressee, task.EscalatedTo }.OfType<Addressee>(), cancellationToken);
        var card = task.ToDto(names, clock);
        await subjects.LoadNamesAsync([card.Subject], cancellationToken);
        return card with { Subject = subjects.Named(card.Subject) };
    }
}
