using System.Data.Common;
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
        var (provider, connectionString) = await TargetAsync();
        await EnsureReachableAsync(provider, connectionString, cancellationToken);
        await using var turn = await MigrationTurn.TakeAsync(provider, connectionString, logger, cancellationToken);
        foreach (var database in databases)
        {
            var applied = await database.WithContextAsync(scopes, db => MigrateAsync(db, cancellationToken));
            if (applied.Count > 0)
            {
                logger.LogInformation("Module {Schema}: this node applied migrations {Migrations}", database.Schema, applied);
            }
        }
    }

    /// <summary>The modules share one database: its provider and connection string.</summary>
    private async Task<(DatabaseProvider Provider, string ConnectionString)> TargetAsync() =>
        databases.FirstOrDefault() is { } database
            ? await database.WithContextAsync(scopes, db => Task.FromResult((db.Provider(), db.Database.GetConnectionString()!)))
            : (DatabaseProvider.Sqlite, string.Empty);

    /// <summary>
    /// A server that cannot be reached stops the start with one line that says which provider and server, and why,
    /// instead of a driver's stack trace from the middle of a migration.
    /// </summary>
    private async Task EnsureReachableAsync(DatabaseProvider provider, string connectionString, CancellationToken cancellationToken)
    {
        if (databases.FirstOrDefault() is not { } database)
        {
            return;
        }

        try
        {
            await database.WithContextAsync(scopes, async db =>
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.CloseConnectionAsync();
                return true;
            });
        }
        catch (DbException ex)
        {
            var server = new DbConnectionStringBuilder { ConnectionString = connectionString } is var builder
                && (builder.TryGetValue("Server", out var value) || builder.TryGetValue("Host", out value) || builder.TryGetValue("Data Source", out value))
                ? value : "(not named)";
            throw new DatabaseUnreachableException(
                $"The {provider} database cannot be reached (Database:Provider={provider}, server {server}): {ex.Message} Check Database:ConnectionString and that the server runs.",
                ex);
        }
    }

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
        if (db.Provider() == DatabaseProvider.Sqlite)
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

/// <summary>The configured database server did not answer at start-up; the message says which and why.</summary>
public sealed class DatabaseUnreachableException(string message, Exception inner) : Exception(message, inner);
