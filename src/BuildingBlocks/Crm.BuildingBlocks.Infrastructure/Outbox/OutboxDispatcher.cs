using Crm.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Infrastructure.Outbox;

/// <summary>Runs one module's <see cref="OutboxProcessor{TContext}"/>: woken by local commits, polling for the rest.</summary>
internal sealed class OutboxDispatcher<TContext>(
    OutboxProcessor<TContext> processor,
    OutboxSignal.Registry signals,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger) : BackgroundService
    where TContext : ModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var signal = signals.For(typeof(TContext));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var claimed = await processor.ProcessBatchAsync(stoppingToken);
                if (claimed >= options.Value.BatchSize)
                {
                    continue; // more may be waiting: no pause between full batches
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Outbox dispatcher of {Context} failed; it carries on after the poll interval", typeof(TContext).Name);
            }

            try
            {
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
