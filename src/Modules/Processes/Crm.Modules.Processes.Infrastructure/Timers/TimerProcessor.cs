using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Processes.Application.Instances;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Domain.Runtime;
using Crm.Modules.Processes.Infrastructure.Persistence;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.Modules.Processes.Infrastructure.Timers;

/// <summary>The <c>Processes:Timers</c> configuration section.</summary>
public sealed class TimerOptions
{
    public const string Section = "Processes:Timers";

    /// <summary>Whether this node fires timers. Every node may: claims are safe on many replicas.</summary>
    public bool Enabled { get; set; } = true;

    public int BatchSize { get; set; } = 100;

    /// <summary>How many instances of a claimed batch fire side by side (one instance's timers go one by one).</summary>
    public int MaxParallelFires { get; set; } = 8;

    /// <summary>How long a claimed timer is reserved for the node that claimed it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest a dispatcher sleeps without looking (timers other replicas add do not wake it).</summary>
    public TimeSpan MaxIdle { get; set; } = TimeSpan.FromSeconds(30);

    public int PeriodicCheckPageSize { get; set; } = 200;
}

/// <summary>
/// Fires due timers. A batch is claimed in one statement with a lease (on PostgreSQL <c>FOR UPDATE SKIP LOCKED</c>,
/// so replicas take disjoint rows); each timer then fires in its own transaction, which deletes its row, with up to
/// <see cref="TimerOptions.MaxParallelFires"/> instances at once (ADR 0025). A node that dies mid-batch leaves the
/// lease to expire and another node fires the rest.
/// </summary>
public sealed class TimerProcessor(IServiceScopeFactory scopes, TimeProvider clock, IOptions<TimerOptions> options, ILogger<TimerProcessor> logger)
{
    private sealed record ClaimedTimer(Guid Id, string Purpose, Guid? InstanceId);

    /// <summary>Fires up to one batch of due timers; returns how many it claimed.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelFires), CancellationToken = cancellationToken };
        // Different instances never conflict; one instance's timers fire one after another, so they do not either.
        await Parallel.ForEachAsync(claimed.GroupBy(t => t.InstanceId ?? t.Id), parallel, async (timers, ct) =>
        {
            foreach (var timer in timers)
            {
                await FireOrLogAsync(timer, ct);
            }
        });

        return claimed.Count;
    }

    private async Task FireOrLogAsync(ClaimedTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            await (timer.Purpose == nameof(TimerPurpose.PeriodicCheck) ? RunPeriodicCheckAsync(timer.Id, cancellationToken) : FireAsync(timer.Id, cancellationToken));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Timer {TimerId} failed; it fires again when its lease ends", timer.Id);
        }
    }

    /// <summary>When the earliest timer not leased by somebody falls due (null: none pending).</summary>
    public async Task<DateTime?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcessesDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var next = await db.Timers.Where(t => t.LockedUntilUtc == null || t.LockedUntilUtc < now).OrderBy(t => t.DueAtUtc)
            .Select(t => (DateTime?)t.DueAtUtc).FirstOrDefaultAsync(cancellationToken);
        return next;
    }

    private async Task<List<ClaimedTimer>> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ProcessesDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var table = db.Table<ProcessTimer>();
        var skipLocked = db.IsPostgres() ? "FOR UPDATE SKIP LOCKED" : string.Empty; // SQLite serialises writers itself
        var sql = $$"""
            UPDATE {{table}} SET "LockedUntilUtc" = {0}
            WHERE ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {1})
              AND "Id" IN (
                SELECT "Id" FROM {{table}}
                WHERE "DueAtUtc" <= {1} AND ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {1})
                ORDER BY "DueAtUtc" LIMIT {2} {{skipLocked}})
            RETURNING "Id", "Purpose", "InstanceId"
            """;
        return await db.Database.SqlQueryRaw<ClaimedTimer>(sql, now + options.Value.Lease, now, options.Value.BatchSize).ToListAsync(cancellationToken);
    }

    /// <summary>Fires one timer; a conflict with another trigger on the same instance is retried at once.</summary>
    private async Task FireAsync(Guid timerId, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SendAsync(new FireTimerCommand(timerId), cancellationToken);
                return;
            }
            catch (ConcurrencyConflictException) when (attempt < 5)
            {
            }
        }
    }

    private async Task RunPeriodicCheckAsync(Guid timerId, CancellationToken cancellationToken)
    {
        Guid definition;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var timer = await scope.ServiceProvider.GetRequiredService<ProcessesDbContext>().Timers.AsNoTracking()
                .FirstOrDefaultAsync(t => t.Id == timerId, cancellationToken);
            if (timer?.DefinitionId is not { } id)
            {
                return;
            }

            definition = id.Value;
        }

        string? after = null;
        do
        {
            after = await SendAsync(new StartMatchingObjectsCommand(definition, after, options.Value.PeriodicCheckPageSize), cancellationToken);
        }
        while (after is not null);

        await SendAsync(new ReschedulePeriodicCheckCommand(timerId), cancellationToken);
    }

    private async Task<T> SendAsync<T>(IRequest<T> command, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMediator>().Send(command, cancellationToken);
    }
}
