using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Names for the little raw SQL the product has, taken from the model so one statement serves both providers:
/// PostgreSQL gets <c>tasking."Tasks"</c>, SQLite (no schemas) gets <c>"Tasks"</c>.
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

    public static bool IsPostgres(this DbContext db) => db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";
}
