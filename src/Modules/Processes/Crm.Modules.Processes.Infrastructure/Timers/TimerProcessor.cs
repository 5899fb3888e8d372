using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Processes.Application.Instances.FireTimer;
using Crm.Modules.Processes.Application.Instances.FireTimers;
using Crm.Modules.Processes.Application.Instances.ReschedulePeriodicCheck;
using Crm.Modules.Processes.Application.Instances.StartMatchingObjects;
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

    /// <summary>How many due timers one claim takes.</summary>
    public int BatchSize { get; set; } = 400;

    /// <summary>How many instances' timers fire in one transaction (ADR 0041).</summary>
    public int FiresPerTransaction { get; set; } = 50;

    /// <summary>How many of those transactions run side by side (one instance's timers always go one by one).</summary>
    public int MaxParallelFires { get; set; } = 4;

    /// <summary>How long a claimed timer is reserved for the node that claimed it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest a dispatcher sleeps without looking (timers other replicas add do not wake it).</summary>
    public TimeSpan MaxIdle { get; set; } = TimeSpan.FromSeconds(30);

    public int PeriodicCheckPageSize { get; set; } = 200;
}

/// <summary>
/// Fires due timers. A batch is claimed in one statement with a lease (on PostgreSQL <c>FOR UPDATE SKIP LOCKED</c>,
/// so replicas take disjoint rows); the timers of up to <see cref="TimerOptions.FiresPerTransaction"/> instances then
/// fire in one transaction, which deletes their rows (ADR 0041), with up to <see cref="TimerOptions.MaxParallelFires"/>
/// such transactions at once (ADR 0025). A transaction that fails is redone one timer at a time, so one bad instance
/// holds back no other. A node that dies mid-batch leaves the lease to expire and another node fires the rest.
/// </summary>
public sealed class TimerProcessor(IServiceScopeFactory scopes, TimeProvider clock, IOptions<TimerOptions> options, ILogger<TimerProcessor> logger)
{
    private sealed record ClaimedTimer(Guid Id, string Purpose, Guid? InstanceId, DateTime DueAtUtc);

    /// <summary>Fires up to one batch of due timers; returns how many it claimed.</summary>
    public async Task<int> FireDueAsync(CancellationToken cancellationToken)
    {
        var claimed = await ClaimAsync(cancellationToken);
        var periodic = claimed.Where(t => t.InstanceId is null).ToList();
        // An instance's timers stay in one transaction, in due order; different instances never conflict.
        var chunks = claimed.Where(t => t.InstanceId is not null).GroupBy(t => t.InstanceId)
            .Chunk(Math.Max(1, options.Value.FiresPerTransaction)).Select(instances => instances.SelectMany(timers => timers).ToList())
            .Concat(periodic.Select(timer => new List<ClaimedTimer> { timer }));
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Value.MaxParallelFires), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(chunks, parallel, async (chunk, ct) => await FireChunkAsync(chunk, ct));
        return claimed.Count;
    }

    private async Task FireChunkAsync(List<ClaimedTimer> chunk, CancellationToken cancellationToken)
    {
        if (chunk is not [{ InstanceId: null }])
        {
            try
            {
                await SendAsync(new FireTimersCommand([.. chunk.Select(t => t.Id)]), cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogDebug(ex, "A transaction of {Count} timer fires failed; they fire one by one", chunk.Count);
            }
        }

        foreach (var timer in chunk)
        {
            await FireOrLogAsync(timer, cancellationToken);
        }
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
        var sql = ClaimSql(db);
        var claimed = await WriteTurns.InTurnAsync(
            db, () => db.Database.SqlQueryRaw<ClaimedTimer>(sql, now + options.Value.Lease, now, options.Value.BatchSize).ToListAsync(cancellationToken), cancellationToken);
        return [.. claimed.OrderBy(t => t.DueAtUtc)]; // RETURNING does not keep the subquery's order
    }

    /// <summary>The claim of due timers (<see cref="LeaseClaim"/>); every timer row is claimable while due.</summary>
    public static string ClaimSql(DbContext db) => LeaseClaim.Sql(
        db, db.Table<ProcessTimer>(), claimable: "1 = 1", due: "\"DueAtUtc\" <= {1}", orderBy: "\"DueAtUtc\"",
        "\"Id\"", "\"Purpose\"", "\"InstanceId\"", "\"DueAtUtc\"");

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
