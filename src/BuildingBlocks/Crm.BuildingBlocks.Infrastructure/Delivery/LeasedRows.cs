using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Delivery;

/// <summary>
/// Claims due rows of an outgoing-message table in one <c>UPDATE … RETURNING</c> with a lease (on PostgreSQL with
/// <c>FOR UPDATE SKIP LOCKED</c>, so replicas take disjoint rows; SQLite serialises writers). The table has the
/// columns <c>Id</c>, <c>Status</c> ('Pending' while due), <c>NextAttemptAtUtc</c> and <c>LockedUntilUtc</c>.
/// </summary>
public static class LeasedRows
{
    public static async Task<List<Guid>> ClaimDueAsync(this DbContext db, string table, DateTime nowUtc, TimeSpan lease, int batchSize, CancellationToken cancellationToken)
    {
        var skipLocked = Persistence.SqlNames.IsPostgres(db) ? "FOR UPDATE SKIP LOCKED" : string.Empty;
        // The outer conditions are re-checked on the row as it is now, so a row claimed meanwhile is not taken twice.
        var sql = $$"""
            UPDATE {{table}} SET "LockedUntilUtc" = {0}
            WHERE "Status" = 'Pending' AND ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {1})
              AND "Id" IN (
                SELECT "Id" FROM {{table}}
                WHERE "Status" = 'Pending' AND "NextAttemptAtUtc" <= {1} AND ("LockedUntilUtc" IS NULL OR "LockedUntilUtc" < {1})
                ORDER BY "NextAttemptAtUtc" LIMIT {2} {{skipLocked}})
            RETURNING "Id" AS "Value"
            """;
        return await db.Database.SqlQueryRaw<Guid>(sql, nowUtc + lease, nowUtc, batchSize).ToListAsync(cancellationToken);
    }
}
