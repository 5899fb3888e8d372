using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Applies every module's versioned migrations, one module after another (start-up and --migrate-only), one node at
/// a time (<see cref="MigrationTurn"/>), and logs what this node applied.
/// </summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var turn = await MigrationTurn.TakeAsync(await PostgresConnectionStringAsync(), logger, cancellationToken);
        foreach (var database in databases)
        {
            var applied = await database.WithContextAsync(scopes, db => MigrateAsync(db, cancellationToken));
            if (applied.Count > 0)
            {
                logger.LogInformation("Module {Schema}: this node applied migrations {Migrations}", database.Schema, applied);
            }
        }
    }

    /// <summary>The modules share one database; on PostgreSQL, its connection string (null on SQLite).</summary>
    private async Task<string?> PostgresConnectionStringAsync() =>
        databases.FirstOrDefault() is { } database
            ? await database.WithContextAsync(scopes, db => Task.FromResult(db.IsPostgres() ? db.Database.GetConnectionString() : null))
            : null;

    /// <summary>For readiness: every module database answers and has no migration left to apply.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var database in databases)
        {
            problems.AddRange(await database.WithContextAsync(scopes, db => ProblemsAsync(db, database.Schema, cancellationToken)));
        }

        return problems;
    }

    private static async Task<List<string>> MigrateAsync(ModuleDbContext db, CancellationToken cancellationToken)
    {
        if (!db.IsPostgres())
        {
            // WAL lets readers and one writer work at once; it is a property of the file, so set it before anything.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }

    private static async Task<IReadOnlyList<string>> ProblemsAsync(ModuleDbContext db, string schema, CancellationToken cancellationToken)
    {
        try
        {
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
            return pending == 0 ? [] : [$"{schema}: {pending} migration(s) not applied"];
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return [$"{schema}: database unreachable ({ex.GetType().Name})"];
        }
    }
}
