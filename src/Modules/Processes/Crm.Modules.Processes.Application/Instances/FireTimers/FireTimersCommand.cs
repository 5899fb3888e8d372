using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Instances.FireTimer;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances.FireTimers;

/// <summary>
/// Several claimed timers fire in one transaction (ADR 0041): their rows, instances and facts are read in three
/// queries, every instance moves on as <see cref="FireTimerCommand"/> would move it, and one commit saves it all.
/// A failure fails the whole batch; the dispatcher then fires its timers one by one.
/// </summary>
public sealed record FireTimersCommand(IReadOnlyList<Guid> TimerIds) : ICommand<Unit>;

internal sealed class FireTimersHandler(IEngineStore store, TimerFiring firing) : IRequestHandler<FireTimersCommand, Unit>
{
    public async Task<Unit> Handle(FireTimersCommand command, CancellationToken cancellationToken)
    {
        await store.LoadForFiringAsync(command.TimerIds, cancellationToken);
        foreach (var timerId in command.TimerIds)
        {
            await firing.FireAsync(timerId, cancellationToken);
        }

        return Unit.Value;
    }
}
