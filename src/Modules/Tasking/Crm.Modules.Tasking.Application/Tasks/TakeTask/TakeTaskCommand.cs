using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Tasks;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.TakeTask;

/// <summary>
/// "Take for myself". When two people take one task at once, one wins and the other gets a conflict. The deputy
/// of an absent holder takes the task over from them instead (ADR 0039).
/// </summary>
public sealed record TakeTaskCommand(Guid TaskId, int? ExpectedVersion) : ICommand<Unit>, ITaskActionCommand;

internal sealed class TakeTaskHandler(TaskActions actions, StaffMember me) : IRequestHandler<TakeTaskCommand, Unit>
{
    public async Task<Unit> Handle(TakeTaskCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        if (await StandInAsync(task, cancellationToken) is { } standIn)
        {
            task.TakeOverFromAbsent(actor, standIn, actions.NowUtc); // the deputy acts in the holder's stead: no executor check
            return Unit.Value;
        }

        await actions.RequireExecutorAsync(task, cancellationToken);
        task.Take(actor, actions.NowUtc);
        return Unit.Value;
    }

    private async Task<StandIn?> StandInAsync(WorkTask task, CancellationToken cancellationToken)
    {
        var absent = (await me.StandingInForAsync(cancellationToken)).FirstOrDefault(e => e.Id == task.AssigneeId);
        return absent?.AbsenceAt(actions.NowUtc) is { } absence ? new StandIn(absent.Id, absent.Name, absence.UntilUtc) : null;
    }
}
