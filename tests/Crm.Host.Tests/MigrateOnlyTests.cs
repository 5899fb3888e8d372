using System.Diagnostics;
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
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Crm.Host.dll"), "--migrate-only"])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production", // no signing key configured: migrating needs none
                ["Database__Provider"] = "Sqlite",
                ["Database__ConnectionString"] = database.ConnectionString,
            },
        };

        using var host = Process.Start(start)!;
        var output = host.StandardOutput.ReadToEndAsync();
        var errors = host.StandardError.ReadToEndAsync();
        await host.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(host.ExitCode == 0, $"exit {host.ExitCode}: {await output} {await errors}");
        Assert.Contains("Migrations applied", await output);
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM \"__EFMigrationsHistory_tasking\"";
        var taskingMigrations = typeof(Crm.Modules.Tasking.Infrastructure.Persistence.TaskingDbContext).Assembly.GetTypes()
            .Count(t => t.GetCustomAttributes(typeof(Microsoft.EntityFrameworkCore.Migrations.MigrationAttribute), false).Length > 0);
        Assert.Equal((long)taskingMigrations, (long)(await command.ExecuteScalarAsync())!); // every migration, each once
    }
}
