using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Delivery;

/// <summary>
/// Claims due rows of an outgoing-message table with a lease (<see cref="Persistence.LeaseClaim"/>). The table has the
/// columns <c>Id</c>, <c>Status</c> ('Pending' while due), <c>NextAttemptAtUtc</c> and <c>LockedUntilUtc</c>.
/// </summary>
public static class LeasedRows
{
    public static async Task<List<Guid>> ClaimDueAsync(this DbContext db, string table, DateTime nowUtc, TimeSpan lease, int batchSize, CancellationToken cancellationToken)
    {
        var sql = ClaimSql(db, table);
        return await Persistence.WriteTurns.InTurnAsync(
            db, () => db.Database.SqlQueryRaw<Guid>(sql, nowUtc + lease, nowUtc, batchSize).ToListAsync(cancellationToken), cancellationToken);
    }

    public static string ClaimSql(DbContext db, string table) => Persistence.LeaseClaim.Sql(
        db, table, claimable: "\"Status\" = 'Pending'", due: "\"NextAttemptAtUtc\" <= {1}", orderBy: "\"NextAttemptAtUtc\"", returning: "\"Id\" AS \"Value\"");
}
