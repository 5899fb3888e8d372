using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Runtime;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances.ReschedulePeriodicCheck;

/// <summary>The periodic check is done: its timer moves on by the definition's period (or goes, if stopped).</summary>
public sealed record ReschedulePeriodicCheckCommand(Guid TimerId) : ICommand<Unit>;

internal sealed class ReschedulePeriodicCheckHandler(IEngineStore store, ProcessRunner runner) : IRequestHandler<ReschedulePeriodicCheckCommand, Unit>
{
    public async Task<Unit> Handle(ReschedulePeriodicCheckCommand command, CancellationToken cancellationToken)
    {
        var timer = await store.TimerAsync(command.TimerId, cancellationToken);
        if (timer?.DefinitionId is not { } definition)
        {
            return Unit.Value;
        }

        await store.RemoveTimerAsync(timer.Id, cancellationToken);
        if (await store.CurrentVersionAsync(definition, cancellationToken) is { Document.Entry: { Kind: EntryKinds.Periodic, EveryMinutes: { } minutes } } &&
            await store.IsActiveAsync(definition, cancellationToken))
        {
            var next = timer.DueAtUtc + TimeSpan.FromMinutes(minutes);
            store.Add(ProcessTimer.PeriodicCheck(definition, next > runner.NowUtc ? next : runner.NowUtc + TimeSpan.FromMinutes(minutes)));
        }

        return Unit.Value;
    }
}
