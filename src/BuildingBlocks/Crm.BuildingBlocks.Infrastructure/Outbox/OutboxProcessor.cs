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
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas get disjoint rows), then each event is published through MediatR
/// outside that transaction and marked. A crash between handling and marking leaves the lease to expire and the
/// event to be delivered again; the receivers' inboxes make that harmless.
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
        var ids = await ClaimAsync(db, cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }

        var messages = await db.OutboxMessages.Where(m => ids.Contains(m.Id)).OrderBy(m => m.OccurredAtUtc).ToListAsync(cancellationToken);
        foreach (var message in messages)
        {
            await DeliverAsync(message, cancellationToken);
            foreach (var observer in observers)
            {
                await observer.AfterDeliveryAsync(message, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return ids.Count;
    }

    private async Task<List<Guid>> ClaimAsync(TContext db, CancellationToken cancellationToken)
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
            RETURNING "Id" AS "Value"
            """;
        return await db.Database.SqlQueryRaw<Guid>(sql, leaseEnd, now, batch).ToListAsync(cancellationToken);
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        try
        {
            var integrationEvent = Deserialize(message);
            await using var scope = scopes.CreateAsyncScope();
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Publish(IntegrationEventNotification.Wrap(integrationEvent), cancellationToken);
            message.MarkProcessed(clock.GetUtcNow().UtcDateTime);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            message.MarkAttemptFailed(ex.ToString(), clock.GetUtcNow().UtcDateTime, options.Value.Retry);
            var level = message.FailedAtUtc is null ? LogLevel.Warning : LogLevel.Error;
            logger.Log(level, ex, "Delivering {EventType} {MessageId} failed (attempt {Attempt}); {Outcome}", message.Type, message.Id,
                message.Attempts, message.FailedAtUtc is null ? "will retry" : "kept as failed");
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
