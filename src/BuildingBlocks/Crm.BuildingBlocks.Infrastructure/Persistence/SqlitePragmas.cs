using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings, set as each connection opens:
/// <list type="bullet">
/// <item><c>busy_timeout</c>: SQLite itself waits for the write lock instead of Microsoft.Data.Sqlite's own retry,
/// which blocks a thread in 150 ms sleeps per try; with many writers at once those sleeps were most of an instance's
/// time (ADR 0026).</item>
/// <item><c>synchronous</c>: in WAL mode <c>NORMAL</c> syncs the log at checkpoints rather than at every commit; the
/// file never corrupts, and only a power cut (not a crash of the application) can lose the last commits. The
/// default, see <see cref="DatabaseOptions.SqliteSynchronous"/> and ADR 0042.</item>
/// </list>
/// </summary>
internal sealed class SqlitePragmas(SqliteSynchronous synchronous) : DbConnectionInterceptor
{
    private static readonly SqlitePragmas Normal = new(SqliteSynchronous.Normal);
    private static readonly SqlitePragmas Full = new(SqliteSynchronous.Full);

    private readonly string _pragmas =
        $"PRAGMA busy_timeout = 30000; PRAGMA synchronous = {synchronous.ToString().ToUpperInvariant()};"; // as long as the default command timeout

    public static SqlitePragmas For(SqliteSynchronous synchronous) => synchronous == SqliteSynchronous.Full ? Full : Normal;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = Command(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = Command(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand Command(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = _pragmas;
        return command;
    }
}
