using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Instances;

namespace Crm.Modules.Processes.Application.Instances;

/// <summary>Fires one claimed timer: its instance moves on, and the timer row goes. Shared by firing one timer and a batch.</summary>
public sealed class TimerFiring(IEngineStore store, ProcessRunner runner)
{
    public async Task FireAsync(Guid timerId, CancellationToken cancellationToken)
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
}
