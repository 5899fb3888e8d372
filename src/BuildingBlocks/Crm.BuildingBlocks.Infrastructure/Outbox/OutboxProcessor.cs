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
/// Delivers one module's outbox. A batch is claimed with a short lease in one statement (<see cref="OutboxClaim"/>:
/// on the servers the rows are skipped while locked, so replicas get disjoint rows), then delivered outside that transaction in rounds:
/// round k holds the k-th event of every partition (the aggregate an event comes from), so each partition's events go
/// in the order they occurred (ADR 0024). A round is cut into groups of
/// <see cref="OutboxOptions.DeliveriesPerTransaction"/> events that every receiving module handles in one transaction
/// (ADR 0041), up to <see cref="OutboxOptions.MaxParallelDeliveries"/> groups side by side; a group that fails is
/// delivered again one event at a time, so one failing event holds back no other. The batch's delivered rows are
/// then marked in one statement. A crash between handling and marking leaves the lease to expire and the events to
/// be delivered again; the receivers' inboxes make that harmless.
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

        var lanes = claimed.OrderBy(m => m.OccurredAtUtc).ThenBy(m => m.Id).GroupBy(m => m.PartitionKey).Select(l => l.ToList()).ToList();
        var delivered = new ConcurrentQueue<Guid>();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelDeliveries), CancellationToken = cancellationToken };
        for (var round = 0; lanes.Any(l => l.Count > round); round++)
        {
            var events = lanes.Where(l => l.Count > round).Select(l => l[round]);
            await Parallel.ForEachAsync(events.Chunk(Math.Max(1, options.Value.DeliveriesPerTransaction)), parallel, async (group, ct) =>
            {
                // The tracked rows are only touched by their own group.
                foreach (var message in await DeliverGroupAsync(group, ct))
                {
                    delivered.Enqueue(message);
                }
            });
        }

        await MarkProcessedAsync(db, [.. delivered], cancellationToken);
        await WriteTurns.InTurnAsync(db, () => db.SaveChangesAsync(cancellationToken), cancellationToken); // the failed attempts, in one batched statement
        return claimed.Count;
    }

    /// <summary>Delivers a group together, or else one by one; returns the ids delivered.</summary>
    private async Task<List<Guid>> DeliverGroupAsync(OutboxMessage[] group, CancellationToken cancellationToken)
    {
        var together = group.Length > 1 && await DeliverTogetherAsync(group, cancellationToken);
        var delivered = new List<Guid>();
        foreach (var message in group)
        {
            if (together || await DeliverAsync(message, cancellationToken))
            {
                delivered.Add(message.Id);
            }

            foreach (var observer in observers)
            {
                await observer.AfterDeliveryAsync(message, cancellationToken);
            }
        }

        return delivered;
    }

    /// <summary>
    /// Every event of the group in one DI scope, inside an open unit of work of every module, committed once per
    /// module: handlers see the open scope and neither query their inbox nor commit (ADR 0041). False if anything
    /// failed: what was not committed is dropped with the scope. A module that committed before another failed keeps
    /// its changes and inbox rows, so the one-by-one delivery that follows skips its handlers.
    /// </summary>
    private async Task<bool> DeliverTogetherAsync(OutboxMessage[] group, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var opened = scope.ServiceProvider.GetServices<ModuleUnitOfWorkRegistration>()
            .Select(r => ((Application.Persistence.IUnitOfWork)scope.ServiceProvider.GetRequiredService(r.UnitOfWorkType)).BeginShared()).ToList();
        try
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            foreach (var message in group)
            {
                await mediator.Publish(IntegrationEventNotification.Wrap(Deserialize(message)), cancellationToken);
            }

            foreach (var moduleScope in opened)
            {
                await moduleScope.CommitAsync(cancellationToken); // one transaction per module, for the whole group
            }

            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(ex, "Delivering {Count} events together failed; they go one by one", group.Length);
            return false;
        }
        finally
        {
            opened.ForEach(moduleScope => moduleScope.Dispose());
        }
    }

    /// <summary>Every delivered row of the batch in one statement, however many there are.</summary>
    private async Task MarkProcessedAsync(TContext db, List<Guid> delivered, CancellationToken cancellationToken)
    {
        if (delivered.Count == 0)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await WriteTurns.InTurnAsync(db, () => db.OutboxMessages.Where(m => delivered.Contains(m.Id)).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.ProcessedAtUtc, now).SetProperty(m => m.LastError, (string?)null).SetProperty(m => m.LockedUntilUtc, (DateTime?)null),
            cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Claims and reads the batch in one statement; the rows come back tracked (failed attempts are saved). A row
    /// whose aggregate has an event in flight (leased, on this node or another) waits, so replicas never deliver
    /// one aggregate's events out of order or side by side.
    /// </summary>
    private async Task<List<OutboxMessage>> ClaimAsync(TContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var leaseEnd = now + Lease;
        var batch = options.Value.BatchSize;
        var sql = OutboxClaim.Sql(db);
        if (db.Provider() == DatabaseProvider.Sqlite)
        {
            return await WriteTurns.InTurnAsync(db, () => db.OutboxMessages.FromSqlRaw(sql, leaseEnd, now, batch).AsTracking().ToListAsync(cancellationToken), cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.OutboxMessages.FromSqlRaw(sql, leaseEnd, now, batch).AsTracking().ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return claimed;
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
