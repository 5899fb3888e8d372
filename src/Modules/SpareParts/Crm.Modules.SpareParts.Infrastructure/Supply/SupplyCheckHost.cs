using Crm.BuildingBlocks.Infrastructure.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.SpareParts.Infrastructure.Supply;

/// <summary>Runs the supply check on a timer while the host runs; safe on several replicas (one miss per line and deadline, ADR 0082).</summary>
internal sealed class SupplyCheckHost(SupplyDeadlineCheckJob job, IOptions<SupplyCheckOptions> options, ILogger<SupplyCheckHost> logger)
    : PeriodicJobHost(logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string JobName => "The supply check";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => job.RunOnceAsync(cancellationToken);
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
