using Crm.BuildingBlocks.Application.Messaging;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances.FireTimer;

/// <summary>A claimed timer fires: its instance moves on (one transaction), and the timer row goes.</summary>
public sealed record FireTimerCommand(Guid TimerId) : ICommand<Unit>;

internal sealed class FireTimerHandler(TimerFiring firing) : IRequestHandler<FireTimerCommand, Unit>
{
    public async Task<Unit> Handle(FireTimerCommand command, CancellationToken cancellationToken)
    {
        await firing.FireAsync(command.TimerId, cancellationToken);
        return Unit.Value;
    }
}
