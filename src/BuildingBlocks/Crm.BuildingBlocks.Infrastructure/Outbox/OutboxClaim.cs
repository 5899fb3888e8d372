using Crm.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Outbox;

/// <summary>
/// The statement an outbox dispatcher claims its batch with (<see cref="LeaseClaim"/>, parameters as there). A row
/// whose aggregate has an event in flight (leased, on this node or another) waits, so replicas never deliver one
/// aggregate's events out of order or side by side.
/// </summary>
public static class OutboxClaim
{
    public static string Sql(DbContext db)
    {
        var table = db.Table<OutboxMessage>();
        var claim = LeaseClaim.Sql(
            db,
            table,
            claimable: "\"ProcessedAtUtc\" IS NULL",
            due: $$"""
                "FailedAtUtc" IS NULL AND "NextAttemptAtUtc" <= {1}
                AND ("PartitionKey" IS NULL OR "PartitionKey" NOT IN (
                  SELECT "PartitionKey" FROM {{table}}
                  WHERE "ProcessedAtUtc" IS NULL AND "PartitionKey" IS NOT NULL AND "LockedUntilUtc" >= {1}))
                """,
            orderBy: "\"OccurredAtUtc\"",
            returning: "*");

        // Two claims at the same moment would not see each other's uncommitted leases, and could each take one event
        // of the same aggregate: on the servers, claims of one outbox take turns (for the few milliseconds a claim
        // lasts) under a lock held to the end of the caller's transaction. The lock is its own statement, so the
        // claim's snapshot is taken after the turn before committed; both go in one command, so an idle poll still
        // costs one round trip (docs/performance.md, idle). SQLite claims in a write turn instead.
        var name = table.Replace("'", "''", StringComparison.Ordinal);
        return db.Provider() switch
        {
            DatabaseProvider.Postgres => $"DO $$ BEGIN PERFORM pg_advisory_xact_lock(hashtext('{name}')); END $$;\n{claim}",
            DatabaseProvider.SqlServer => $"EXEC sp_getapplock @Resource = N'{name}', @LockMode = 'Exclusive', @LockOwner = 'Transaction';\n{claim}",
            _ => claim,
        };
    }
}
