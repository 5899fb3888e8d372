using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Named counters (task, client and order numbers) kept as rows with <c>Name</c> and <c>Value</c>, each advanced by
/// one UPDATE that returns the new value: atomic on every provider. Parameter <c>{0}</c> is the counter's name.
/// </summary>
public static class CounterRows
{
    public static string NextSql(DbContext db, string table) => db.Provider() == DatabaseProvider.SqlServer
        ? $$"""UPDATE {{table}} SET "Value" = "Value" + 1 OUTPUT INSERTED."Value" AS "Value" WHERE "Name" = {0};"""
        : $$"""UPDATE {{table}} SET "Value" = "Value" + 1 WHERE "Name" = {0} RETURNING "Value" AS "Value" """;
}
