using Microsoft.Extensions.Logging;
using Npgsql;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Replicas started together must not migrate one database at once (the second fails half way, e.g. 42701 "column
/// already exists"): on PostgreSQL, a node holds a session advisory lock while it migrates every module, and the
/// others wait for it, then find nothing (or less) left to apply. SQLite is one process's file: no turn is needed.
/// </summary>
internal sealed class MigrationTurn : IAsyncDisposable
{
    /// <summary>The advisory lock's key: any constant no other lock of the product uses ("crm-migr").</summary>
    private const long Key = 0x63726D2D6D696772;

    private readonly NpgsqlConnection? _connection;

    private MigrationTurn(NpgsqlConnection? connection) => _connection = connection;

    public static async Task<MigrationTurn> TakeAsync(string? postgresConnectionString, ILogger logger, CancellationToken cancellationToken)
    {
        if (postgresConnectionString is null)
        {
            return new MigrationTurn(null);
        }

        // A connection of its own, outside the pool: a session lock must end with the session (No Reset On Close
        // would otherwise keep it on a pooled connection if the node died between lock and unlock).
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(postgresConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (!await LockAsync(connection, "pg_try_advisory_lock", cancellationToken))
        {
            logger.LogInformation("Another node is migrating the database; waiting for it to finish");
            await LockAsync(connection, "pg_advisory_lock", cancellationToken);
        }

        return new MigrationTurn(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await LockAsync(_connection, "pg_advisory_unlock", CancellationToken.None);
            await _connection.DisposeAsync();
        }
    }

    private static async Task<bool> LockAsync(NpgsqlConnection connection, string function, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}({Key})", connection) { CommandTimeout = 0 }; // waiting is the point
        return await command.ExecuteScalarAsync(cancellationToken) is not false;
    }
}
