using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Replicas started together must not migrate one database at once (the second fails half way, e.g. 42701 "column
/// already exists"): on a server, a node holds a session lock while it migrates every module (a PostgreSQL advisory
/// lock, a SQL Server application lock), and the others wait for it, then find nothing (or less) left to apply.
/// SQLite is one process's file: no turn is needed.
/// </summary>
public sealed class MigrationTurn : IAsyncDisposable
{
    public enum Step
    {
        /// <summary>Take the lock if it is free; the statement returns whether it was taken.</summary>
        Try,

        /// <summary>Wait for the lock as long as it takes.</summary>
        Wait,

        /// <summary>Let the lock go.</summary>
        Release,
    }

    /// <summary>The advisory lock's key: any constant no other lock of the product uses ("crm-migr").</summary>
    private const long Key = 0x63726D2D6D696772;

    /// <summary>SQL Server names its application locks.</summary>
    private const string Resource = "crm-migrations";

    private readonly DbConnection? _connection;
    private readonly DatabaseProvider _provider;

    private MigrationTurn(DatabaseProvider provider, DbConnection? connection) => (_provider, _connection) = (provider, connection);

    /// <summary>Each step's statement on each server; it returns a boolean (or nothing where the step cannot fail).</summary>
    public static string Sql(DatabaseProvider provider, Step step) => (provider, step) switch
    {
        (DatabaseProvider.Postgres, Step.Try) => $"SELECT pg_try_advisory_lock({Key})",
        (DatabaseProvider.Postgres, Step.Wait) => $"SELECT pg_advisory_lock({Key})",
        (DatabaseProvider.Postgres, Step.Release) => $"SELECT pg_advisory_unlock({Key})",
        (DatabaseProvider.SqlServer, Step.Release) => $"EXEC sp_releaseapplock @Resource = N'{Resource}', @LockOwner = 'Session';",
        (DatabaseProvider.SqlServer, _) => $"""
            DECLARE @result int;
            EXEC @result = sp_getapplock @Resource = N'{Resource}', @LockMode = 'Exclusive', @LockOwner = 'Session', @LockTimeout = {(step == Step.Try ? 0 : -1)};
            SELECT CAST(CASE WHEN @result >= 0 THEN 1 ELSE 0 END AS bit);
            """,
        _ => throw new NotSupportedException($"{provider} takes no migration turn."),
    };

    public static async Task<MigrationTurn> TakeAsync(DatabaseProvider provider, string connectionString, ILogger logger, CancellationToken cancellationToken)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            return new MigrationTurn(provider, null);
        }

        // A connection of its own, outside the pool: a session lock must end with the session (a pooled connection
        // would keep it if the node died between lock and unlock).
        DbConnection connection = provider == DatabaseProvider.Postgres
            ? new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString)
            : new SqlConnection(new SqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (!await RunAsync(connection, Sql(provider, Step.Try), cancellationToken))
        {
            logger.LogInformation("Another node is migrating the database; waiting for it to finish");
            await RunAsync(connection, Sql(provider, Step.Wait), cancellationToken);
        }

        return new MigrationTurn(provider, connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await RunAsync(_connection, Sql(_provider, Step.Release), CancellationToken.None);
            await _connection.DisposeAsync();
        }
    }

    private static async Task<bool> RunAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0; // waiting is the point
        return await command.ExecuteScalarAsync(cancellationToken) is not false;
    }
}
