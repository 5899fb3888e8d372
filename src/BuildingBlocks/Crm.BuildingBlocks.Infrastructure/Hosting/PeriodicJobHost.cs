using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Infrastructure.Hosting;

/// <summary>
/// Runs a module's periodic job on a timer while the host runs, when enabled. The first run comes one interval after
/// start, so a host that only starts and stops (a deployment probe, a test) runs nothing; a failed run is logged and
/// the next tick tries again. The job itself must be safe on several replicas (ADR 0077, 0082).
/// </summary>
public abstract class PeriodicJobHost(ILogger logger) : BackgroundService
{
    protected abstract bool Enabled { get; }

    protected abstract TimeSpan Interval { get; }

    /// <summary>What the log calls the job ("the maintenance check").</summary>
    protected abstract string JobName { get; }

    protected abstract Task RunOnceAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(Interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "{Job} failed; it runs again on the next tick", JobName);
            }
        }
    }
}
