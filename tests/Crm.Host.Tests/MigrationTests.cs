using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// For every module the host finds: the hand-checked migrations build exactly the schema the model describes.
/// One database is migrated (the host did that on start), another is created straight from the model, and the two
/// schemas are compared. PostgreSQL sees lengths and types; SQLite only names, nullability and keys.
/// </summary>
public abstract class MigrationTests(ApiFixture app)
{
    public static TheoryData<string> Modules() => new(ModuleSchemas());

    /// <summary>Every module DbContext next to the host, found by type: a new module's database is checked unasked.</summary>
    private static IEnumerable<string> ModuleSchemas() => ContextTypes().Select(SchemaOf);

    public static IEnumerable<Type> ContextTypes() =>
        Directory.GetFiles(AppContext.BaseDirectory, "Crm.Modules.*.Infrastructure.dll")
            .Select(path => System.Reflection.Assembly.Load(System.Reflection.AssemblyName.GetAssemblyName(path)))
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => !type.IsAbstract && typeof(ModuleDbContext).IsAssignableFrom(type));

    public static string SchemaOf(Type contextType) => (string)contextType.GetField("SchemaName")!.GetValue(null)!;

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task The_migrated_schema_equals_the_model(string schema)
    {
        var database = app.Factory.Services.GetServices<ModuleDatabase>().Single(d => d.Schema == schema);
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var migrated = (ModuleDbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
        Assert.False(migrated.Database.HasPendingModelChanges(), "The model has changes no migration covers: run build/ef.sh add.");
        Assert.Empty(await migrated.Database.GetPendingMigrationsAsync());

        await using var fromModelDatabase = await TestDatabase.CreateAsync(app.Provider);
        await using var fromModel = CreateContext(database, fromModelDatabase);
        await fromModel.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();

        var tables = migrated.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct().ToList();
        var expected = await SchemaDump.OfAsync(fromModel, schema, tables);
        Assert.Contains(expected, line => line.Contains("Title", StringComparison.Ordinal) || line.Contains("Outbox", StringComparison.Ordinal));
        Assert.Equal(expected, await SchemaDump.OfAsync(migrated, schema, tables));
    }

    [Fact]
    public async Task Every_module_has_tables_no_other_module_uses()
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var database in app.Factory.Services.GetServices<ModuleDatabase>())
        {
            var context = (DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
            foreach (var table in context.Model.GetEntityTypes().Select(e => e.GetTableName()!).Distinct())
            {
                Assert.True(owners.TryAdd(table, database.Schema), $"Table '{table}' of {database.Schema} is also {owners.GetValueOrDefault(table)}'s: SQLite has no schemas.");
            }
        }

        Assert.NotEmpty(owners);
    }

    private static ModuleDbContext CreateContext(ModuleDatabase database, TestDatabase target)
    {
        var builder = (DbContextOptionsBuilder)Activator.CreateInstance(typeof(DbContextOptionsBuilder<>).MakeGenericType(database.ContextType))!;
        ModuleDatabaseRegistration.Configure(builder, target.Provider, target.ConnectionString, database.Schema);
        return (ModuleDbContext)Activator.CreateInstance(database.ContextType, builder.Options)!;
    }
}

[Trait("Provider", "Sqlite")]
public sealed class MigrationSqliteTests(SqliteApi app) : MigrationTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class MigrationPostgresTests(PostgresApi app) : MigrationTests(app), IClassFixture<PostgresApi>;
