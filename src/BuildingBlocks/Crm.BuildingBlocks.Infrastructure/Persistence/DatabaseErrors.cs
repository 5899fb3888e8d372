using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>What a provider's error means, in one place for every provider.</summary>
internal static class DatabaseErrors
{
    /// <summary>A unique index stopped the save (PostgreSQL 23505, SQL Server 2601/2627, SQLite's unique/primary-key codes).</summary>
    public static bool IsUniqueViolation(Exception exception) => exception.InnerException switch
    {
        PostgresException postgres => postgres.SqlState == "23505",
        SqlException sqlServer => sqlServer.Number is 2601 or 2627,
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    } && exception is DbUpdateException;

    /// <summary>
    /// The server refused a value: PostgreSQL's class 22 ("data exception"); SQL Server's conversion (245), overflow
    /// (8115, 220, 232) and out-of-range date (242) errors.
    /// </summary>
    public static bool IsDataException(Exception exception) =>
        IsDataError(exception) || (exception.InnerException is { } inner && IsDataError(inner));

    private static bool IsDataError(Exception exception) => exception switch
    {
        PostgresException postgres => postgres.SqlState.StartsWith("22", StringComparison.Ordinal),
        SqlException sqlServer => sqlServer.Number is 245 or 8115 or 220 or 232 or 242,
        _ => false,
    };
}
