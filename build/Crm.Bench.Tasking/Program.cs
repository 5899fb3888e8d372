using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Crm.Bench.Tasking;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.Extensions.Configuration;

// build/bench-tasking.sh runs this on a throwaway PostgreSQL. Options (all optional):
//   --tasks 1000000   --employees 200   --processes 50   --iterations 200   --warmup 20   --deep 20 (pages)
var options = new ConfigurationBuilder().AddCommandLine(args).Build();
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
var (tasks, employees, processes) = (options.GetValue("tasks", 1_000_000), options.GetValue("employees", 200), options.GetValue("processes", 50));
var (iterations, warmup, deep) = (options.GetValue("iterations", 200), options.GetValue("warmup", 20), options.GetValue("deep", 20));

var app = new BenchApp();
await app.InitializeAsync();
try
{
    Console.WriteLine($"== PostgreSQL: {Environment.ProcessorCount} cores, .NET {Environment.Version}; seeding {tasks:N0} tasks, {employees} employees, {processes} processes");
    var seeded = await Seeder.SeedAsync(app.Database.ConnectionString, app.Clock.GetUtcNow().UtcDateTime, tasks, employees, processes);
    Console.WriteLine($"RESULT seeding: {seeded.TotalSeconds:F0} s");

    var staff = await Seeder.EmployeesAsync(app.Database.ConnectionString);
    var (operatorId, operatorName, index) = staff[3];
    var me = app.Factory.ClientFor(operatorId, operatorName);
    var admin = app.Administrator;
    var process = await Seeder.ProcessAsync(app.Database.ConnectionString, index % 10); // one the operator executes
    var (deepCursor, deepPage) = await CursorAfterAsync(me, "/api/tasking/inbox?limit=50", deep);
    Console.WriteLine($"  as {operatorName} (executes {processes / 10} processes); deep page = page {deepPage} of 50 tasks");

    var stats = "/api/tasking/statistics";
    var runs = new List<(string Name, string Who, HttpClient Client, string Url, double TargetMs)>
    {
        ("inbox, first page", "operator", me, "/api/tasking/inbox?limit=50", 20),
        ($"inbox, page {deepPage}", "operator", me, $"/api/tasking/inbox?limit=50&cursor={deepCursor}", 20),
        ("inbox by priority, first page", "operator", me, "/api/tasking/inbox?limit=50&byPriority=true", 20),
        ("bar", "operator", me, "/api/tasking/bar", 20),
        ("list: open, one process, new first", "operator", me, $"/api/tasking/tasks?validity=Open&processId={process}&limit=50", 0),
        ("list: done with a result, old first", "administrator", admin, "/api/tasking/tasks?result=failed&order=OldFirst&limit=50", 0),
        ("count (capped at 10,000)", "administrator", admin, "/api/tasking/tasks/count?validity=All", 0),
        ("statistics: summary (30 days)", "administrator", admin, $"{stats}/summary", 200),
        ("statistics: summary (30 days)", "operator", me, $"{stats}/summary", 200),
        ("statistics: by day (30 days, Europe/Moscow)", "administrator", admin, $"{stats}/by-day?timeZone=Europe/Moscow", 200),
        ("statistics: by manager", "administrator", admin, $"{stats}/by-manager", 200),
        ("statistics: by process", "administrator", admin, $"{stats}/by-process", 200),
        ("statistics: by manager and process", "administrator", admin, $"{stats}/by-manager-and-process", 200),
        ("statistics: by status", "administrator", admin, $"{stats}/by-status", 200),
        ("statistics: by type", "administrator", admin, $"{stats}/by-type", 200),
        ("statistics: results and reasons", "administrator", admin, $"{stats}/results", 200),
        ("statistics: summary (365 days)", "administrator", admin, $"{stats}/summary?from={Uri.EscapeDataString(app.Clock.GetUtcNow().AddDays(-365).ToString("O"))}", 200),
    };

    foreach (var run in runs)
    {
        var (p50, p99) = await MeasureAsync(run.Client, run.Url, warmup, iterations);
        var verdict = run.TargetMs == 0 ? "–" : p99 <= run.TargetMs ? "met" : "MISSED";
        var target = run.TargetMs == 0 ? "–" : $"p99 ≤ {run.TargetMs:F0} ms";
        Console.WriteLine($"RESULT | {run.Name} | {run.Who} | {p50:F1} | {p99:F1} | {target} | {verdict} |");
    }

    // For looking at plans by hand: keep the database a while before the fixture drops it.
    if (options.GetValue("hold", 0) is > 0 and var hold)
    {
        Console.WriteLine($"Holding {app.Database.ConnectionString} for {hold} s");
        await Task.Delay(TimeSpan.FromSeconds(hold));
    }
}
finally
{
    await app.DisposeAsync();
}

static async Task<(double P50, double P99)> MeasureAsync(HttpClient client, string url, int warmup, int iterations)
{
    for (var i = 0; i < warmup; i++)
    {
        (await client.GetAsync(url)).EnsureSuccessStatusCode();
    }

    var times = new List<double>(iterations);
    for (var i = 0; i < iterations; i++)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(url);
        await response.Content.ReadAsByteArrayAsync();
        times.Add(watch.Elapsed.TotalMilliseconds);
        response.EnsureSuccessStatusCode();
    }

    times.Sort();
    return (Percentile(times, 0.50), Percentile(times, 0.99));
}

static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

// The cursor of page pages + 1, or of the last page when the inbox is shorter (small seeds).
static async Task<(string Cursor, int Page)> CursorAfterAsync(HttpClient client, string url, int pages)
{
    var cursors = new List<string>();
    for (var i = 0; i < pages; i++)
    {
        var page = await client.GetStringAsync(cursors.Count == 0 ? url : $"{url}&cursor={cursors[^1]}");
        if (JsonDocument.Parse(page).RootElement.GetProperty("nextCursor").GetString() is not { } next)
        {
            break;
        }

        cursors.Add(next);
    }

    return cursors.Count == 0 ? throw new InvalidOperationException("The inbox has a single page.") : (cursors[^1], cursors.Count + 1);
}

/// <summary>The real host on a fresh PostgreSQL database (the tests' fixture), quiet logs, background jobs off.</summary>
internal sealed class BenchApp() : ApiFixture(DatabaseProvider.Postgres)
{
    public override CrmApiFactory CreateFactory() => new(Database, Clock, environment: "Production");
}
