using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Sales.Infrastructure.Messaging;

/// <summary>Runs the message sender every <c>Sales:Messages:PollInterval</c> where <c>Sales:Messages:Enabled</c>.</summary>
internal sealed class MessageDeliveryHost(MessageDeliveryProcessor processor, IOptions<MessagingOptions> options, ILogger<MessageDeliveryHost> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await processor.RunOnceAsync(stoppingToken) > 0)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(ex, "The message sender failed; it tries again after the poll interval");
            }

            try
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
