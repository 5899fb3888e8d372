using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>Applies every module's versioned migrations, one module after another (start-up and --migrate-only).</summary>
public sealed class DatabaseMigrator(IServiceScopeFactory scopes, IEnumerable<ModuleDatabase> databases, ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        foreach (var database in databases)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            if (!db.IsPostgres())
            {
                // WAL lets readers and one writer work at once; it is a property of the file, so set it before anything.
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }

            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            await db.Database.MigrateAsync(cancellationToken);
            if (pending.Count > 0)
            {
                logger.LogInformation("Module {Schema}: applied migrations {Migrations}", database.Schema, pending);
            }
        }
    }

    /// <summary>For readiness: every module database answers and has no migration left to apply.</summary>
    public async Task<IReadOnlyList<string>> ProblemsAsync(CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var database in databases)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            try
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    problems.Add($"{database.Schema}: {pending.Count} migration(s) not applied");
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                problems.Add($"{database.Schema}: database unreachable ({ex.GetType().Name})");
            }
        }

        return problems;
    }
}
