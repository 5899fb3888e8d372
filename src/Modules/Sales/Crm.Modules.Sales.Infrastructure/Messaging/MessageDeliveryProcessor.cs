using Crm.BuildingBlocks.Infrastructure.Delivery;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Sales.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Sales.Infrastructure.Messaging;

/// <summary>
/// Delivers pending client messages. A batch is claimed in one statement with a lease (on PostgreSQL with
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas take disjoint rows), each message goes to its channel's adapter,
/// and the outcome is saved: sent, or retried later with back-off, or failed after the last attempt.
/// </summary>
public sealed class MessageDeliveryProcessor(
    IServiceScopeFactory scopes, TimeProvider clock, IOptions<MessagingOptions> options, ILogger<MessageDeliveryProcessor> logger)
{
    /// <summary>How long a claimed message stays reserved for the claiming sender.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>Delivers one batch of due messages; returns how many it claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        var ids = await ClaimAsync(db, cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var adapters = scope.ServiceProvider.GetServices<IMessageAdapter>().ToDictionary(a => a.AdapterName, StringComparer.OrdinalIgnoreCase);
        foreach (var message in await db.Messages.Where(m => ids.Contains(m.Id)).ToListAsync(cancellationToken))
        {
            await DeliverAsync(message, adapters, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        return ids.Count;
    }

    private async Task<List<MessageId>> ClaimAsync(SalesDbContext db, CancellationToken cancellationToken)
    {
        var ids = await db.ClaimDueAsync(db.Table<ClientMessage>(), clock.GetUtcNow().UtcDateTime, Lease, options.Value.BatchSize, cancellationToken);
        return ids.Select(id => new MessageId(id)).ToList();
    }

    private async Task DeliverAsync(ClientMessage message, Dictionary<string, IMessageAdapter> adapters, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        try
        {
            var adapterName = settings.AdapterFor(message.Channel);
            var adapter = adapters.GetValueOrDefault(adapterName) ?? throw new InvalidOperationException($"No message adapter '{adapterName}' is registered.");
            await adapter.SendAsync(message, cancellationToken);
            message.MarkSent(clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.MarkAttemptFailed(ex.Message, clock.GetUtcNow().UtcDateTime, settings.Retries);
            logger.LogWarning(ex, "Message {MessageId} ({Channel}) not delivered, attempt {Attempt}; {Outcome}", message.Id.Value, message.Channel,
                message.Attempts, message.Status == MessageStatus.Failed ? "kept as failed" : "will retry");
        }
    }
}
