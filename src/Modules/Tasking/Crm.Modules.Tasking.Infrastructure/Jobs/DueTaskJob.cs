using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Tasking.Infrastructure.Jobs;

/// <summary>
/// A background job over tasks whose moment has come (timeouts, and later postponed tasks returning). One run
/// claims a batch of due rows inside a transaction, skipping rows others hold (<see cref="ClaimSql"/>), so replicas
/// running the same job take disjoint rows and never wait on each other; SQLite serialises writers itself. The
/// claimed tasks change through their aggregate and commit through the unit of work (history, outbox events), in
/// the claiming transaction. Tests call <see cref="RunOnceAsync"/> directly with the test clock.
/// </summary>
public abstract class DueTaskJob(IServiceScopeFactory scopes, TimeProvider clock) : ITaskingJob
{
    public const int BatchSize = 100;

    int ITaskingJob.BatchSize => BatchSize;

    /// <summary>The SQL condition on the tasks table that makes a row due; <c>{0}</c> is now (UTC).</summary>
    protected abstract string DueCondition { get; }

    /// <summary>Changes one claimed task; the condition is re-checked by the aggregate.</summary>
    protected abstract void Act(WorkTask task, DateTime nowUtc);

    /// <summary>Handles up to one batch of due tasks; returns how many it claimed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
        // The whole batch is one write transaction (on SQLite it holds the write lock from its start), so it takes its
        // turn before it begins, and its commit inside does not queue behind itself.
        return await WriteTurns.InTurnAsync(db, () => RunInTransactionAsync(scope, db, cancellationToken), cancellationToken);
    }

    private async Task<int> RunInTransactionAsync(AsyncServiceScope scope, TaskingDbContext db, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var ids = (await db.Database.SqlQueryRaw<Guid>(ClaimSql(db, DueCondition), now).ToListAsync(cancellationToken)).Select(id => new TaskId(id)).ToList();
        if (ids.Count > 0)
        {
            foreach (var task in await db.Tasks.AsTracking().Where(t => ids.Contains(t.Id)).ToListAsync(cancellationToken))
            {
                Act(task, now);
            }

            var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(TaskActions));
            using var work = unitOfWork.Begin();
            await work.CommitAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return ids.Count;
    }

    /// <summary>
    /// Up to a batch of due task ids, each row locked to the end of the transaction; rows another transaction holds are
    /// skipped, not waited for (SQLite has one writer and needs neither).
    /// </summary>
    public static string ClaimSql(DbContext db, string dueCondition) => db.Provider() switch
    {
        DatabaseProvider.SqlServer => $"""SELECT TOP ({BatchSize}) "Id" AS "Value" FROM {db.Table<WorkTask>()} WITH (UPDLOCK, READPAST, ROWLOCK) WHERE {dueCondition}""",
        var provider => $"""SELECT "Id" AS "Value" FROM {db.Table<WorkTask>()} WHERE {dueCondition} LIMIT {BatchSize} {(provider == DatabaseProvider.Postgres ? "FOR UPDATE SKIP LOCKED" : string.Empty)}""",
    };
}

/// <summary>Open tasks past their normal reaction time get their timeout noted and announced, once.</summary>
public sealed class TaskTimeoutJob(IServiceScopeFactory scopes, TimeProvider clock) : DueTaskJob(scopes, clock)
{
    public const string Due = """ "TimeoutAtUtc" <= {0} AND "TimedOutAtUtc" IS NULL AND "Status" IN ('New', 'InProgress', 'Postponed') """;

    protected override string DueCondition => Due;

    protected override void Act(WorkTask task, DateTime nowUtc) => task.TimeOut(nowUtc);
}

/// <summary>Postponed tasks whose moment came go back to the inbox (a process waiting on them sees them again).</summary>
public sealed class PostponedTaskReturnJob(IServiceScopeFactory scopes, TimeProvider clock) : DueTaskJob(scopes, clock)
{
    public const string Due = """ "Status" = 'Postponed' AND "PostponedUntilUtc" <= {0} """;

    protected override string DueCondition => Due;

    protected override void Act(WorkTask task, DateTime nowUtc) => task.ReturnFromPostponement(nowUtc);
}
