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

        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
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
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
