using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Tasks;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.DeleteTask;

/// <summary>The main administrator deletes a task, with its comments and history.</summary>
public sealed record DeleteTaskCommand(Guid TaskId, int? ExpectedVersion) : ICommand<Unit>, ITaskActionCommand;

internal sealed class DeleteTaskHandler(TaskActions actions, StaffMember me, IRepository<WorkTask> tasks) : IRequestHandler<DeleteTaskCommand, Unit>
{
    public async Task<Unit> Handle(DeleteTaskCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        task.Delete(actor, actions.NowUtc);
        tasks.Remove(task);
        return Unit.Value;
    }
}
