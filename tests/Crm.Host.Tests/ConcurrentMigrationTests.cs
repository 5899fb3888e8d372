using System.Text.Json;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>Two replicas started at the same moment on an empty PostgreSQL database: both come up, each migration is applied once.</summary>
[Trait("Provider", "Postgres")]
public sealed class ConcurrentMigrationTests
{
    [Fact]
    public async Task Two_nodes_migrating_one_empty_database_at_once_both_succeed_and_apply_each_migration_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);

        var nodes = await Task.WhenAll(HostProcess.RunAsync(database, "--migrate-only"), HostProcess.RunAsync(database, "--migrate-only"));

        Assert.All(nodes, node => Assert.True(node.ExitCode == 0, $"exit {node.ExitCode}: {node.Output} {node.Errors}"));
        var applied = nodes.SelectMany(node => AppliedBy(node.Output)).ToList();
        Assert.Contains(applied, m => m.StartsWith("tasking: ", StringComparison.Ordinal) && m.EndsWith("_InitialTasking", StringComparison.Ordinal));
        Assert.Equal(applied.Distinct().Count(), applied.Count); // each node logs what it applied, not the whole list
    }

    /// <summary>The migrations a node says it applied (its log is JSON lines outside Development).</summary>
    private static IEnumerable<string> AppliedBy(string output) =>
        output.Split('\n')
            .Where(line => line.Contains("this node applied migrations", StringComparison.Ordinal))
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("Properties"))
            .SelectMany(p => p.GetProperty("Migrations").EnumerateArray().Select(m => $"{p.GetProperty("Schema").GetString()}: {m.GetString()}"))
            .ToList();
}
