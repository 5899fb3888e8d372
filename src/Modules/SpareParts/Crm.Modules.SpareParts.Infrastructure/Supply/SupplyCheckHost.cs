using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SpareParts.Infrastructure.Supply;

/// <summary>Runs the supply check on a timer while the host runs; safe on several replicas (one miss per line and deadline, ADR 0082).</summary>
internal sealed class SupplyCheckHost(SupplyDeadlineCheckJob job, IOptions<SupplyCheckOptions> options, ILogger<SupplyCheckHost> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // The first check one interval after start: a host that only starts and stops checks nothing.
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await job.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "The supply check failed; it runs again on the next tick");
            }
        }
    }
}

/// <summary>The robot's supply check: its options, the job (tests run it by hand) and its timer.</summary>
internal static class SupplyCheckRegistration
{
    public static IServiceCollection AddSupplyCheck(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SupplyCheckOptions>(configuration.GetSection(SupplyCheckOptions.Section));
        services.AddSingleton<SupplyDeadlineCheckJob>();
        services.AddHostedService<SupplyCheckHost>();
        return services;
    }
}
