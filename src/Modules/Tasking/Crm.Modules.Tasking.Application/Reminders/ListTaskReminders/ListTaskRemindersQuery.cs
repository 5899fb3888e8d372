using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Domain.Tasks;
using MediatR;

namespace Crm.Modules.Tasking.Application.Reminders.ListTaskReminders;

/// <summary>A task's reminders, oldest first, with their delivery state.</summary>
public sealed record ListTaskRemindersQuery(Guid TaskId) : IQuery<IReadOnlyList<TaskReminderDto>>;

internal sealed class ListTaskRemindersHandler(IReadRepository<WorkTask> tasks, StaffMember me)
    : IRequestHandler<ListTaskRemindersQuery, IReadOnlyList<TaskReminderDto>>
{
    public async Task<IReadOnlyList<TaskReminderDto>> Handle(ListTaskRemindersQuery query, CancellationToken cancellationToken)
    {
        var clock = await me.ClockAsync(cancellationToken);
        var task = await me.SeeAsync(await tasks.FirstOrDefaultAsync(new TaskByIdSpec(new TaskId(query.TaskId)), cancellationToken), query.TaskId, cancellationToken);
        return task.Reminders
            .OrderBy(r => r.CreatedAtUtc)
            .Select(r => new TaskReminderDto(
                r.Id, r.EmployeeId.Value, r.Channel, r.Contact, r.Offset, clock.Show(r.MomentUtc), clock.Show(r.RemindAtUtc), r.Status, r.Attempts,
                clock.Show(r.SentAtUtc), r.LastError) { Reason = r.Reason })
            .ToList();
    }
}
