using Crm.Modules.Processes.Application.Engine;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Processes.Infrastructure.Timers;

/// <summary>
/// Sleeps until the next timer falls due (or a local commit schedules an earlier one), fires what is due, and
/// sleeps again: close to due times without polling, and at most two queries per <c>MaxIdle</c> while idle.
/// </summary>
internal sealed class TimerDispatcher(
    TimerProcessor processor, TimerSignal signal, TimeProvider clock, IOptions<TimerOptions> options, ILogger<TimerDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var wake = new SemaphoreSlim(0, 1);
        signal.Earlier += () =>
        {
            if (wake.CurrentCount == 0)
            {
                try
                {
                    wake.Release();
                }
                catch (SemaphoreFullException)
                {
                }
            }
        };

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (await processor.FireDueAsync(stoppingToken) >= options.Value.BatchSize)
                {
                    continue;
                }

                var now = clock.GetUtcNow().UtcDateTime;
                var next = await processor.NextDueAsync(stoppingToken);
                var sleep = next is { } due ? Clamp(due - now) : options.Value.MaxIdle;
                signal.Reset(now + sleep);
                await wake.WaitAsync(sleep, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Timer dispatcher failed; it carries on");
                await Task.Delay(TimeSpan.FromSeconds(1), clock, stoppingToken);
            }
        }
    }

    private TimeSpan Clamp(TimeSpan wait) => wait < TimeSpan.Zero ? TimeSpan.Zero : wait > options.Value.MaxIdle ? options.Value.MaxIdle : wait;
}
