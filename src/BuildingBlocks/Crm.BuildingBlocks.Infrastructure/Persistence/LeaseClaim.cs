using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// The one statement every background job claims rows with (the outbox, timers, outgoing messages): it sets a lease
/// on up to a batch of due rows that nobody holds, and returns them. On PostgreSQL the rows are picked
/// <c>FOR UPDATE SKIP LOCKED</c>, on SQL Server <c>WITH (UPDLOCK, READPAST, ROWLOCK)</c>, so replicas take disjoint
/// rows without waiting; on SQLite, which has one writer at a time, callers run it in a write turn
/// (<see cref="WriteTurns"/>).
/// The outer conditions are re-checked on each row as it is now, so a row claimed meanwhile is never taken twice.
/// Parameters: <c>{0}</c> the lease's end, <c>{1}</c> now, <c>{2}</c> the batch size.
/// </summary>
public static class LeaseClaim
{
    /// <param name="claimable">What keeps a row claimable at all (e.g. not processed yet); re-checked on the row.</param>
    /// <param name="due">What makes it due now, in terms of <c>{1}</c>.</param>
    /// <param name="orderBy">Which due rows go first.</param>
    /// <param name="returning">The columns returned, each a column of the row (<c>*</c> for all), optionally with an alias.</param>
    public static string Sql(DbContext db, string table, string claimable, string due, string orderBy, params string[] returning)
    {
        var free = "(\"LockedUntilUtc\" IS NULL OR \"LockedUntilUtc\" < {1})";
        if (db.Provider() == DatabaseProvider.SqlServer)
        {
            return $$"""
                UPDATE {{table}} SET "LockedUntilUtc" = {0}
                OUTPUT {{string.Join(", ", returning.Select(column => "INSERTED." + column))}}
                WHERE {{claimable}} AND {{free}}
                  AND "Id" IN (
                    SELECT TOP ({2}) "Id" FROM {{table}} WITH (UPDLOCK, READPAST, ROWLOCK)
                    WHERE {{claimable}} AND {{due}} AND {{free}}
                    ORDER BY {{orderBy}});
                """;
        }

        return $$"""
            UPDATE {{table}} SET "LockedUntilUtc" = {0}
            WHERE {{claimable}} AND {{free}}
              AND "Id" IN (
                SELECT "Id" FROM {{table}}
                WHERE {{claimable}} AND {{due}} AND {{free}}
                ORDER BY {{orderBy}} LIMIT {2} {{(db.IsPostgres() ? "FOR UPDATE SKIP LOCKED" : string.Empty)}})
            RETURNING {{string.Join(", ", returning)}}
            """;
    }
}
