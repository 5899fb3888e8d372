using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

internal static class DatabaseErrors
{
    /// <summary>A unique index stopped the save (PostgreSQL 23505, SQLite's unique/primary-key codes).</summary>
    public static bool IsUniqueViolation(Exception exception) => exception.InnerException switch
    {
        Npgsql.PostgresException postgres => postgres.SqlState == "23505",
        Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is 2067 or 1555,
        _ => false,
    } && exception is DbUpdateException;
}
