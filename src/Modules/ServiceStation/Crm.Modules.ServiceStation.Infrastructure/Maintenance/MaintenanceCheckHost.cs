using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.ServiceStation.Infrastructure.Maintenance;

/// <summary>Runs the maintenance check on a timer while the host runs; safe on several replicas (the check leases rules, ADR 0077).</summary>
internal sealed class MaintenanceCheckHost(MaintenanceCheckJob job, IOptions<MaintenanceCheckOptions> options, ILogger<MaintenanceCheckHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // The first check one interval after start: a host that only starts and stops (a deployment probe, a test) checks nothing.
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await job.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "The maintenance check failed; it runs again on the next tick");
            }
        }
    }
}
