using Crm.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.TakeTask;

/// <summary>"Take for myself". When two people take one task at once, one wins and the other gets a conflict.</summary>
public sealed record TakeTaskCommand(Guid TaskId, int? ExpectedVersion) : ICommand<Unit>, ITaskActionCommand;

internal sealed class TakeTaskHandler(TaskActions actions) : IRequestHandler<TakeTaskCommand, Unit>
{
    public async Task<Unit> Handle(TakeTaskCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        await actions.RequireExecutorAsync(task, cancellationToken);
        task.Take(actor, actions.NowUtc);
        return Unit.Value;
    }
}
