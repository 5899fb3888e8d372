using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Expressions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Domain.Runtime;
using Microsoft.Extensions.Logging;

namespace Crm.Modules.Processes.Application.Engine;

/// <summary>
/// Carries out what instances ask for while they run: timers, request routing, subprocesses starting and
/// resuming their callers, children cancelled with their parent. All within the current trigger's transaction.
/// </summary>
public sealed class ProcessRunner(
    IEngineStore store, GraphCache graphs, TimeProvider clock, EngineSettings settings, TimerSignal timers, IUnitOfWorkLocator unitOfWorks,
    ILogger<ProcessRunner> logger)
{
    public DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    public async Task<ProcessInstance> StartAsync(
        ProcessVersion version, string objectType, string objectId, CancellationToken cancellationToken,
        ProcessInstanceId? id = null, ProcessInstanceId? parent = null, Guid? parentToken = null)
    {
        var context = await ContextAsync(objectType, objectId, cancellationToken);
        var instance = ProcessInstance.Start(id ?? new ProcessInstanceId(Guid.NewGuid()), version, objectType, objectId, context, parent, parentToken);
        store.Add(instance);
        await ApplyAsync(instance, instance.Advance(graphs.For(version), context), cancellationToken);
        return instance;
    }

    /// <summary>Runs a trigger on an instance: <paramref name="trigger"/> gets its graph and context, and returns effects.</summary>
    public async Task RunAsync(
        ProcessInstance instance, Func<ProcessGraph, EngineContext, IReadOnlyList<EngineEffect>> trigger, CancellationToken cancellationToken)
    {
        var graph = await graphs.ForAsync(instance.VersionId, store, cancellationToken);
        var context = await ContextAsync(instance.ObjectType, instance.ObjectId, cancellationToken);
        await ApplyAsync(instance, trigger(graph, context), cancellationToken);
    }

    public async Task<EngineContext> ContextAsync(string objectType, string objectId, CancellationToken cancellationToken)
    {
        var snapshot = await store.SnapshotAsync(objectType, objectId, cancellationToken);
        return new EngineContext(NowUtc, snapshot?.Facts ?? new Dictionary<string, FactValue>(), settings);
    }

    private async Task ApplyAsync(ProcessInstance instance, IReadOnlyList<EngineEffect> effects, CancellationToken cancellationToken)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case ScheduleTimer scheduled:
                    store.Add(ProcessTimer.ForToken(scheduled, instance.Id));
                    unitOfWorks.For(typeof(ProcessRunner)).AfterCommit(() => timers.Scheduled(scheduled.DueAtUtc)); // the row must be visible first
                    break;
                case CancelTimer cancelled:
                    await store.RemoveTimerAsync(cancelled.TimerId, cancellationToken);
                    break;
                case CancelAllTimers:
                    await store.RemoveTimersAsync(instance.Id, cancellationToken);
                    break;
                case RegisterRequest request:
                    store.Add(ProcessRequest.For(request, instance.Id, NowUtc));
                    break;
                case StartSubprocess start:
                    var version = await store.CurrentVersionAsync(start.DefinitionId, cancellationToken)
                        ?? throw new InvalidOperationException($"The subprocess definition {start.DefinitionId.Value} has no released version.");
                    await StartAsync(version, instance.ObjectType, instance.ObjectId, cancellationToken, start.ChildId, instance.Id, start.TokenId);
                    break;
                case CancelSubprocess cancel:
                    await CancelChildAsync(cancel, cancellationToken);
                    break;
                case IncidentRaised incident:
                    // Once stored: a transaction rolled back (and redone) must not log an incident twice or one that never was.
                    unitOfWorks.For(typeof(ProcessRunner)).AfterCommit(() => logger.LogWarning(
                        "Process instance {InstanceId} of '{ProcessName}' on {ObjectType} {ObjectId} is in an incident at block {BlockId}: {Error}",
                        instance.Id.Value, instance.ProcessName, instance.ObjectType, instance.ObjectId, incident.BlockId, incident.Error));
                    break;
                case ResumeParent resume:
                    await ResumeParentAsync(resume, cancellationToken);
                    break;
                default:
                    // A new kind of effect that nobody carries out would be lost silently: fail the trigger instead.
                    throw new InvalidOperationException($"The process runner does not know the effect {effect.GetType().Name}.");
            }
        }
    }

    /// <summary>A child that already ended (or is gone) has nothing to cancel.</summary>
    private async Task CancelChildAsync(CancelSubprocess cancel, CancellationToken cancellationToken)
    {
        if (await store.InstanceAsync(cancel.ChildId, cancellationToken) is { State: InstanceState.Running } child)
        {
            await RunAsync(child, (graph, context) => child.Cancel("The calling process ended.", graph, context), cancellationToken);
        }
    }

    /// <summary>A caller that is gone has nobody to resume (one that ended ignores the outcome itself).</summary>
    private async Task ResumeParentAsync(ResumeParent resume, CancellationToken cancellationToken)
    {
        if (await store.InstanceAsync(resume.ParentId, cancellationToken) is { } parent)
        {
            await RunAsync(parent, (graph, context) => parent.ResumeAfterSubprocess(resume.ChildId, resume.Outcome, graph, context), cancellationToken);
        }
    }
}

/// <summary>Lets the timer dispatcher of this node know a timer earlier than the one it sleeps for was scheduled.</summary>
public sealed class TimerSignal
{
    private long _earliestTicks = long.MaxValue;

    public event Action? Earlier;

    public void Scheduled(DateTime dueAtUtc)
    {
        var ticks = dueAtUtc.Ticks;
        long current;
        while (ticks < (current = Interlocked.Read(ref _earliestTicks)))
        {
            if (Interlocked.CompareExchange(ref _earliestTicks, ticks, current) == current)
            {
                Earlier?.Invoke();
                return;
            }
        }
    }

    /// <summary>The dispatcher computed its next wake-up itself: forget what was signalled before.</summary>
    public void Reset(DateTime sleepingUntilUtc) => Interlocked.Exchange(ref _earliestTicks, sleepingUntilUtc.Ticks);
}
