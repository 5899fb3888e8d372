using Crm.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.StartWorking;

/// <summary>"Started working": the task is taken (if free) and shown to others as busy.</summary>
public sealed record StartWorkingCommand(Guid TaskId, int? ExpectedVersion) : ICommand<Unit>, ITaskActionCommand;

internal sealed class StartWorkingHandler(TaskActions actions) : IRequestHandler<StartWorkingCommand, Unit>
{
    public async Task<Unit> Handle(StartWorkingCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        task.StartWorking(actor, actions.NowUtc);
        return Unit.Value;
    }
}
