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

    /// <summary>Counts EF Core's "command executed"/"command failed" events in this process while started.</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];
        private long _count;
        private volatile bool _counting;

        public CommandCounter() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

        public void Start() => _counting = true;

        public long Stop()
        {
            _counting = false;
            return Interlocked.Read(ref _count);
        }

        public void OnNext(DiagnosticListener listener)
        {
            if (listener.Name == "Microsoft.EntityFrameworkCore")
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(listener.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (_counting && (value.Key.EndsWith(".CommandExecuted", StringComparison.Ordinal) || value.Key.EndsWith(".CommandError", StringComparison.Ordinal)))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
