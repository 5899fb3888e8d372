using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Tasks;
using MediatR;

namespace Crm.Modules.Tasking.Application.Reminders.DismissNotice;

/// <summary>The employee closes one of their informer notices; somebody else's notice is, for them, no notice at all.</summary>
public sealed record DismissNoticeCommand(Guid NoticeId) : ICommand<Unit>;

internal sealed class DismissNoticeHandler(StaffMember me, IRepository<WorkTask> tasks, TimeProvider clock)
    : IRequestHandler<DismissNoticeCommand, Unit>
{
    public async Task<Unit> Handle(DismissNoticeCommand command, CancellationToken cancellationToken)
    {
        var employee = me.Id;
        var task = await tasks.FirstOrDefaultAsync(new TaskOfReminderSpec(command.NoticeId), cancellationToken);
        var notice = task?.FindReminder(command.NoticeId);
        if (task is null || notice is null || notice.EmployeeId != employee)
        {
            throw new NotFoundException("Notice", command.NoticeId);
        }

        task.DismissNotice(notice, clock.GetUtcNow().UtcDateTime);
        return Unit.Value;
    }
}

/// <summary>The task holding a reminder, loaded for a change.</summary>
public sealed class TaskOfReminderSpec : Specification<WorkTask>
{
    public TaskOfReminderSpec(Guid reminderId) => Query.Where(t => t.Reminders.Any(r => r.Id == reminderId)).AsTracking();
}
