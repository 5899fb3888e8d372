using System.Net.Http.Json;
using Xunit;

namespace Crm.Host.Tests.Fuzz;

/// <summary>
/// Malformed requests to every operation of the host's own OpenAPI document (a new module's included without a
/// line here): never a 5xx, every error a problem with a correlation id and a code, and afterwards every list,
/// card and report still reads for people at both ends of the world's time zones. Seeded: the seed is printed
/// and <c>CRM_FUZZ_SEED</c> replays it.
/// </summary>
public abstract class FuzzTests(FuzzApi app, ITestOutputHelper output)
{
    [Fact]
    public async Task No_malformed_request_breaks_the_api_or_what_it_stores()
    {
        var budget = FuzzBudget.FromEnvironment();
        output.WriteLine($"Fuzzing {app.Provider} with seed {budget.Seed} ({FuzzBudget.SeedVariable}={budget.Seed} replays it)");
        var world = await FuzzWorld.CreateAsync(app);
        var operations = await ApiDocument.ReadAsync(app.Factory.CreateClient());
        var runner = new FuzzRunner(operations, app.Administrator, world.WestReader, budget);

        await runner.RunAsync(app.Clock.GetUtcNow());
        output.WriteLine($"{runner.Sent} requests to {operations.Count} operations, {runner.Failures.Count} faults");

        var failures = runner.Failures.ToList();
        foreach (var zone in new[] { FuzzWorld.West, FuzzWorld.East })
        {
            var reader = await FuzzWorld.NewReaderAsync(app, zone);
            failures.AddRange(await runner.ReadEverythingAsync(reader, $"in {zone}", mayBeRefused: true));
            (await app.Administrator.PutAsJsonAsync("/api/tasking/me", new { timeZone = zone })).EnsureSuccessStatusCode();
            failures.AddRange(await runner.ReadEverythingAsync(app.Factory.ClientFor(app.AdministratorId, "Main Administrator", zone), $"administrator in {zone}", mayBeRefused: false));
        }

        var report = FuzzReport.Describe(failures, budget.Seed, runner.Sent, app.LoggedExceptions());
        output.WriteLine(report);
        Assert.True(failures.Count == 0, report);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class FuzzSqliteTests(FuzzSqliteApi app, ITestOutputHelper output) : FuzzTests(app, output), IClassFixture<FuzzSqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class FuzzPostgresTests(FuzzPostgresApi app, ITestOutputHelper output) : FuzzTests(app, output), IClassFixture<FuzzPostgresApi>;
