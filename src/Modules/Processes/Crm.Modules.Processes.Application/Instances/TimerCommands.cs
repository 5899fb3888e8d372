using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Domain.Runtime;
using MediatR;

namespace Crm.Modules.Processes.Application.Instances;

/// <summary>A claimed timer fires: its instance moves on (one transaction), and the timer row goes.</summary>
public sealed record FireTimerCommand(Guid TimerId) : ICommand<Unit>;

/// <summary>
/// Several claimed timers fire in one transaction (ADR 0041): their rows, instances and facts are read in three
/// queries, every instance moves on as <see cref="FireTimerCommand"/> would move it, and one commit saves it all.
/// A failure fails the whole batch; the dispatcher then fires its timers one by one.
/// </summary>
public sealed record FireTimersCommand(IReadOnlyList<Guid> TimerIds) : ICommand<Unit>;

/// <summary>
/// One page of a periodic entry check: starts the definition on matching objects of the page that run no instance
/// of it. Returns the last object id of the page, or null when the scan is complete.
/// </summary>
public sealed record StartMatchingObjectsCommand(Guid DefinitionId, string? AfterObjectId, int PageSize) : ICommand<string?>;

/// <summary>The periodic check is done: its timer moves on by the definition's period (or goes, if stopped).</summary>
public sealed record ReschedulePeriodicCheckCommand(Guid TimerId) : ICommand<Unit>;

internal sealed class TimerCommandHandlers(IEngineStore store, ProcessRunner runner, GraphCache graphs) :
    IRequestHandler<FireTimerCommand, Unit>,
    IRequestHandler<FireTimersCommand, Unit>,
    IRequestHandler<StartMatchingObjectsCommand, string?>,
    IRequestHandler<ReschedulePeriodicCheckCommand, Unit>
{
    public async Task<Unit> Handle(FireTimerCommand command, CancellationToken cancellationToken)
    {
        await FireAsync(command.TimerId, cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(FireTimersCommand command, CancellationToken cancellationToken)
    {
        await store.LoadForFiringAsync(command.TimerIds, cancellationToken);
        foreach (var timerId in command.TimerIds)
        {
            await FireAsync(timerId, cancellationToken);
        }

        return Unit.Value;
    }

    private async Task FireAsync(Guid timerId, CancellationToken cancellationToken)
    {
        var timer = await store.TimerAsync(timerId, cancellationToken);
        if (timer?.InstanceId is not { } instanceId)
        {
            return; // fired meanwhile, or cancelled with its instance
        }

        await store.RemoveTimerAsync(timer.Id, cancellationToken);
        if (await store.InstanceAsync(instanceId, cancellationToken) is { State: InstanceState.Running } instance)
        {
            await runner.RunAsync(instance, (graph, context) => instance.FireTimer(timer.Id, timer.Purpose, graph, context), cancellationToken);
        }
    }

    public async Task<string?> Handle(StartMatchingObjectsCommand command, CancellationToken cancellationToken)
    {
        var definition = new ProcessDefinitionId(command.DefinitionId);
        if (await store.CurrentVersionAsync(definition, cancellationToken) is not { } version)
        {
            return null;
        }

        var page = await store.SnapshotsAsync(version.ObjectType, command.AfterObjectId, command.PageSize, cancellationToken);
        var graph = graphs.For(version);
        foreach (var snapshot in page)
        {
            if (graph.Admits(new SnapshotFacts(snapshot.Facts, runner.NowUtc)) &&
                (version.Document.AllowConcurrentInstances || !await store.IsRunningAsync(definition, snapshot.ObjectType, snapshot.ObjectId, cancellationToken)))
            {
                await runner.StartAsync(version, snapshot.ObjectType, snapshot.ObjectId, cancellationToken);
            }
        }

        return page.Count < command.PageSize ? null : page[^1].ObjectId;
    }

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
