using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Names for the little raw SQL the product has, taken from the model so one statement serves every provider:
/// PostgreSQL gets <c>tasking."Tasks"</c>, SQL Server <c>[tasking].[Tasks]</c>, SQLite (no schemas) <c>"Tasks"</c>.
/// Statements that differ beyond names switch on <see cref="Provider"/>, each in the one place it is written.
/// </summary>
public static class SqlNames
{
    public static string Table<TEntity>(this DbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity)} is not mapped.");
        return db.GetService<ISqlGenerationHelper>().DelimitIdentifier(entity.GetTableName()!, entity.GetSchema());
    }

    public static string Column(this DbContext db, string name) =>
        db.GetService<ISqlGenerationHelper>().DelimitIdentifier(name);

    public static bool IsPostgres(this DbContext db) => db.Provider() == DatabaseProvider.Postgres;

    public static DatabaseProvider Provider(this DbContext db) => db.Database.ProviderName switch
    {
        "Npgsql.EntityFrameworkCore.PostgreSQL" => DatabaseProvider.Postgres,
        "Microsoft.EntityFrameworkCore.SqlServer" => DatabaseProvider.SqlServer,
        "Microsoft.EntityFrameworkCore.Sqlite" => DatabaseProvider.Sqlite,
        var other => throw new NotSupportedException($"Database provider {other} is not one of the product's."),
    };
}
