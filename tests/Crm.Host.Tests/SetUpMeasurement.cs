using System.Diagnostics;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.Data.Sqlite;
using Npgsql;
using Respawn;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>Measures one test class's set-up three ways, interleaved (CRM_MEASURE_SETUP=rounds).</summary>
public sealed class SetUpMeasurement(ITestOutputHelper output)
{
    [Fact]
    public async Task Measure()
    {
        var rounds = int.Parse(Environment.GetEnvironmentVariable("CRM_MEASURE_SETUP") ?? "0");
        Assert.SkipWhen(rounds == 0, "a measurement (docs/performance.md): CRM_MEASURE_SETUP=rounds runs it");
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            // a migrated template and a migrated pooled database
            var template = await TestDatabase.CreateAsync(provider);
            await using (var f = new CrmApiFactory(template, new TestClock())) { _ = f.Server; }
            var pooled = await TestDatabase.CreateAsync(provider);
            await using (var f = new CrmApiFactory(pooled, new TestClock())) { _ = f.Server; }
            Respawner? respawner = null;
            var times = new Dictionary<string, List<(double Db, double Start)>> { ["new+migrate"] = [], ["template copy"] = [], ["respawn"] = [] };
            for (var i = 0; i < rounds + 1; i++)
            {
                foreach (var way in times.Keys)
                {
                    var clock = Stopwatch.StartNew();
                    TestDatabase database;
                    var own = true;
                    switch (way)
                    {
                        case "new+migrate":
                            database = await TestDatabase.CreateAsync(provider);
                            break;
                        case "template copy":
                            database = await TestDatabase.CreateAsync(template.Provider, template);
                            break;
                        default:
                            database = pooled;
                            own = false;
                            respawner = await ResetAsync(pooled, respawner);
                            break;
                    }

                    var db = clock.Elapsed.TotalMilliseconds;
                    await using (var f = new CrmApiFactory(database, new TestClock())) { _ = f.Server; }
                    var start = clock.Elapsed.TotalMilliseconds - db;
                    if (own)
                    {
                        await database.DisposeAsync();
                    }

                    if (i > 0)
                    {
                        times[way].Add((db, start));
                    }
                }
            }

            foreach (var (way, list) in times)
            {
                double Median(IEnumerable<double> v) => v.Order().ElementAt(list.Count / 2);
                output.WriteLine($"{provider} {way}: db median {Median(list.Select(t => t.Db)):F0} ms, host start median {Median(list.Select(t => t.Start)):F0} ms, total median {Median(list.Select(t => t.Db + t.Start)):F0} ms (n={list.Count}; totals {string.Join(" ", list.Select(t => (t.Db + t.Start).ToString("F0")))})");
            }

            await template.DisposeAsync();
            await pooled.DisposeAsync();
        }
    }

    private static async Task<Respawner> ResetAsync(TestDatabase database, Respawner? respawner)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            await using var connection = new SqliteConnection(database.ConnectionString);
            await connection.OpenAsync();
            if (respawner == null)
            {
                var history = new List<Respawn.Graph.Table>();
                await using (var command = new SqliteCommand("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '\\_\\_EFMigrationsHistory%' ESCAPE '\\'", connection))
                await using (var reader = await command.ExecuteReaderAsync())
                {
                    while (await reader.ReadAsync())
                    {
                        history.Add(reader.GetString(0));
                    }
                }

                respawner = await Respawner.CreateAsync(connection, new RespawnerOptions { DbAdapter = DbAdapter.Sqlite, TablesToIgnore = [.. history] });
            }

            await respawner.ResetAsync(connection);
            return respawner;
        }

        await using var pg = new NpgsqlConnection(database.ConnectionString);
        await pg.OpenAsync();
        respawner ??= await Respawner.CreateAsync(pg, new RespawnerOptions { DbAdapter = DbAdapter.Postgres, TablesToIgnore = ["__EFMigrationsHistory"] });
        await respawner.ResetAsync(pg);
        return respawner;
    }
}
