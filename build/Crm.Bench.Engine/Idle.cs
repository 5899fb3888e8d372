using System.Diagnostics;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Npgsql;

namespace Crm.Bench.Engine;

public sealed record IdleResult(double Seconds, long Commands, double CommandsPerSecond, long? PgTransactions, double? PgTransactionsPerSecond);

/// <summary>
/// The host left alone: every database command any module issues (EF Core's diagnostic events, on both providers)
/// and, on PostgreSQL, the server's own count of transactions in the database, over the same window.
/// </summary>
public static class Idle
{
    public static async Task<IdleResult> RunAsync(BenchApp app, TimeSpan settle, TimeSpan window)
    {
        await Task.Delay(settle); // let the outbox and the jobs finish what the other scenarios left
        using var counter = new CommandCounter();
        var before = await TransactionsAsync(app);
        var clock = Stopwatch.StartNew();
        counter.Start();
        await Task.Delay(window);
        var commands = counter.Stop();
        var seconds = clock.Elapsed.TotalSeconds;
        var after = await TransactionsAsync(app);
        // The first reading's own transaction is counted in the second.
        long? transactions = before is { } b && after is { } a ? a - b - 1 : null;
        return new IdleResult(seconds, commands, commands / seconds, transactions, transactions / seconds);
    }

    private static async Task<long?> TransactionsAsync(BenchApp app)
    {
        if (app.Provider != DatabaseProvider.Postgres)
        {
            return null;
        }

        var connection = new NpgsqlConnectionStringBuilder(app.Database.ConnectionString) { Pooling = false }.ConnectionString;
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var query = new NpgsqlCommand("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()", db);
        return (long)(await query.ExecuteScalarAsync())!;
    }
}
