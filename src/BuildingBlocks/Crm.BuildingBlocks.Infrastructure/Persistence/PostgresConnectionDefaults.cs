using System.Data.Common;
using Npgsql;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Npgsql settings the product runs with unless the connection string names them itself (ADR 0043). Statements a
/// connection runs often are prepared on it once (<c>Max Auto Prepare</c>), so the server stops parsing and planning
/// them anew at every call; and a connection going back to the pool keeps them (<c>No Reset On Close</c>: the reset,
/// <c>DISCARD ALL</c>, ran at nearly every command, since EF opens the connection per command outside transactions).
/// The product leaves no session state to reset: its only lock is transaction-scoped and it sets no session settings.
/// </summary>
public static class PostgresConnectionDefaults
{
    public const int MaxAutoPrepare = 200;

    public static string Apply(string connectionString)
    {
        var named = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>()
            .Select(key => key.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant())
            .ToHashSet();
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!named.Contains("maxautoprepare"))
        {
            builder.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!named.Contains("noresetonclose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }
}
