using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>Deployments migrate with <c>--migrate-only</c>: the real host process applies every module's migrations and exits.</summary>
[Trait("Provider", "Sqlite")]
public sealed class MigrateOnlyTests
{
    [Fact]
    public async Task Migrate_only_applies_the_migrations_and_exits_without_serving()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var (exitCode, output, errors) = await HostProcess.RunAsync(database, "--migrate-only");

        Assert.True(exitCode == 0, $"exit {exitCode}: {output} {errors}");
        Assert.Contains("Migrations applied", output);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM \"__EFMigrationsHistory_tasking\"";
        var taskingMigrations = typeof(Crm.Modules.Tasking.Infrastructure.Persistence.TaskingDbContext).Assembly.GetTypes()
            .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        Assert.Equal((long)taskingMigrations, (long)(await command.ExecuteScalarAsync())!); // every migration, each once
    }
}

/// <summary>The built host started from elsewhere (<c>--contentRoot</c>): it says which settings it read and what is missing, in one line.</summary>
[Trait("Provider", "Sqlite")]
public sealed class StartUpSettingsTests
{
    [Fact]
    public async Task Started_with_another_content_root_it_reads_the_settings_beside_the_binary_and_a_missing_signing_key_is_one_clear_line()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var elsewhere = Directory.CreateTempSubdirectory("crm-content-root").FullName;

        var (exitCode, output, errors) = await HostProcess.RunAsync(database, "--contentRoot", elsewhere);

        Assert.Equal(2, exitCode);
        Assert.Contains(Path.Combine(AppContext.BaseDirectory, "appsettings.json").Replace("\\", "\\\\", StringComparison.Ordinal), output);
        Assert.Contains("Auth:SigningKey is not set", output);
        Assert.DoesNotContain("Unhandled exception", output + errors);
        Directory.Delete(elsewhere, recursive: true);
    }
}
