using System.Collections.Concurrent;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// Delivers one module's outbox. A batch is claimed with a short lease in one statement (on PostgreSQL with
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas get disjoint rows), then delivered outside that transaction: one lane
/// per partition (the aggregate an event comes from), lanes side by side up to
/// <see cref="OutboxOptions.MaxParallelDeliveries"/>, each lane's events one after another in the order they
/// occurred. The batch's delivered rows are then marked in one statement (ADR 0024). A crash between handling and
/// marking leaves the lease to expire and the events to be delivered again; the receivers' inboxes make that
/// harmless.
/// </summary>
public sealed class OutboxProcessor<TContext>(
    IServiceScopeFactory scopes,
    TimeProvider clock,
    IOptions<OutboxOptions> options,
    ILogger<OutboxProcessor<TContext>> logger,
    IEnumerable<IOutboxDeliveryObserver> observers)
    where TContext : ModuleDbContext
{
    /// <summary>How long a claimed row stays reserved for the claiming dispatcher.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    /// <summary>Delivers up to one batch of due events; returns how many it claimed.</summary>
    public async Task<int> ProcessBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var claimed = await ClaimAsync(db, cancellationToken);
        if (claimed.Count == 0)
        {
            return 0;
        }

        var messages = claimed.OrderBy(m => m.OccurredAtUtc).ThenBy(m => m.Id).ToList();
        var delivered = new ConcurrentQueue<Guid>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelDeliveries), CancellationToken = cancellationToken };
        // GroupBy keeps each lane in the order above; the tracked rows are only touched by their own lane.
        await Parallel.ForEachAsync(messages.GroupBy(m => m.PartitionKey), parallel, async (lane, ct) =>
        {
            foreach (var message in lane)
            {
                if (await DeliverAsync(message, ct))
                {
                    delivered.Enqueue(message.Id);
                }

                foreach (var observer in observers)
                {
                    await observer.AfterDeliveryAsync(message, ct);
                }
            }
        });

        await MarkProcessedAsync(db, [.. delivered], cancellationToken);
        await db.SaveChangesAsync(cancellationToken); // the failed attempts, in one batched statement
        return claimed.Count;
    }

    /// <summary>Every delivered row of the batch in one statement, however many there are.</summary>
    private async Task MarkProcessedAsync(TContext db, List<Guid> delivered, CancellationToken cancellationToken)
    {
        if (delivered.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await db.OutboxMessages.Where(m => delivered.Contains(m.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.ProcessedAtUtc, now).SetProperty(m => m.LastError, (string?)null).SetProperty(m => m.LockedUntilUtc, (DateTime?)null),
            cancellationToken);
    }

    /// <summary>Claims and reads the batch in one statement; the rows come back tracked (failed attempts are saved).</summary>
    private async Task<List<OutboxMessage>> ClaimAsync(TContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnd = now + Lease;
        var table = db.Table<OutboxMessage>();
        // SKIP LOCKED: replicas claiming at once get disjoint rows without waiting. The outer conditions are
        // re-checked on the current row version, so a row claimed meanwhile is never claimed twice.
        // SQLite serialises writers itself.
        var skipLocked = db.IsPostgres() ? "FOR UPDATE SKIP LOCKED" : string.Empty;
        var batch = options.Value.BatchSize;
        var sql = $$"""
            UPDATE {{table}} SET "LockedUntilUtc" = {0}
            WHERE ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {1}) AND "ProcessedAtUtc" IS NULL
              AND "Id" IN (
                SELECT "Id" FROM {{table}}
                WHERE "ProcessedAtUtc" IS NULL AND "FailedAtUtc" IS NULL AND "NextAttemptAtUtc" <= {1}
                  AND ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {1})
                ORDER BY "OccurredAtUtc" LIMIT {2} {{skipLocked}})
            RETURNING *
            """;
        return await db.OutboxMessages.FromSqlRaw(sql, leaseEnd, now, batch).AsTracking().ToListAsync(cancellationToken);
    }

    /// <summary>Publishes one event; a failure is recorded on the (tracked) row and reported as false.</summary>
    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var integrationEvent = Deserialize(message);
            await using var scope = scopes.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Publish(IntegrationEventNotification.Wrap(integrationEvent), cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.MarkAttemptFailed(ex.ToString(), clock.GetUtcNow().UtcDateTime, options.Value.Retry);
            var level = message.FailedAtUtc is null ? LogLevel.Warning : LogLevel.Error;
            logger.Log(level, ex, "Delivering {EventType} {MessageId} failed (attempt {Attempt}); {Outcome}", message.Type, message.Id,
                message.Attempts, message.FailedAtUtc is null ? "will retry" : "kept as failed");
            return false;
        }
    }

    private static IntegrationEvent Deserialize(OutboxMessage message)
    {
        var type = Type.GetType(message.Type, throwOnError: true)!;
        return (IntegrationEvent)(JsonSerializer.Deserialize(message.Payload, type, OutboxJson.Options)
            ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload."));
    }
}

/// <summary>Called after each delivery, before the row is marked; tests use it to simulate a crash at that point.</summary>
public interface IOutboxDeliveryObserver
{
    Task AfterDeliveryAsync(OutboxMessage message, CancellationToken cancellationToken);
}

internal static class OutboxJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string TypeName(Type type) => $"{type.FullName}, {type.Assembly.GetName().Name}";
}
