using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Tasking.Infrastructure.Jobs;

/// <summary><c>Tasking:Jobs</c>: whether this node runs the task jobs, and how often they look for due rows.</summary>
public sealed class TaskingJobsOptions
{
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
}

/// <summary>A job the Tasking host runs every poll: it handles one batch of due rows and says how many it claimed.</summary>
public interface ITaskingJob
{
    int BatchSize { get; }

    Task<int> RunOnceAsync(CancellationToken cancellationToken);
}

/// <summary>
/// Runs every task job on a timer while the host runs. Safe on several replicas (the jobs claim rows with
/// SKIP LOCKED); a job that still finds a full batch runs again at once.
/// </summary>
internal sealed class TaskingJobsHost(IEnumerable<ITaskingJob> jobs, IOptions<TaskingJobsOptions> options, ILogger<TaskingJobsHost> logger) : BackgroundService
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
            foreach (var job in jobs)
            {
                await RunAsync(job, stoppingToken);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private async Task RunAsync(ITaskingJob job, CancellationToken stoppingToken)
    {
        try
        {
            while (await job.RunOnceAsync(stoppingToken) == job.BatchSize)
            {
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "{Job} failed; it runs again on the next tick", job.GetType().Name);
        }
    }
}
