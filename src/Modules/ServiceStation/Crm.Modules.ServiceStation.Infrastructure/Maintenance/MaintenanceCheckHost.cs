using Crm.BuildingBlocks.Infrastructure.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.ServiceStation.Infrastructure.Maintenance;

/// <summary>Runs the maintenance check on a timer while the host runs; safe on several replicas (the check leases rules, ADR 0077).</summary>
internal sealed class MaintenanceCheckHost(MaintenanceCheckJob job, IOptions<MaintenanceCheckOptions> options, ILogger<MaintenanceCheckHost> logger)
    : PeriodicJobHost(logger)
{
    protected override bool Enabled => options.Value.Enabled;

    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string JobName => "The maintenance check";

    protected override Task RunOnceAsync(CancellationToken cancellationToken) => job.RunOnceAsync(cancellationToken);
}
