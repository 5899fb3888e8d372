using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Engine;

public sealed record TimerResult(
    int Pending, int Burst, int Replicas, int Fired, int Duplicates, int StrayFires, int DoubleTraces, double MinMs, double P50Ms, double P99Ms, double MaxMs,
    double DrainSeconds, int LeftPending, IReadOnlyList<int> FiresPerReplica, double CpuMsPerFire, JitSpan Jit);

/// <summary>
/// <c>pending</c> instances wait in a 30-day Delay (one timer row each); then <c>burst</c> of those timers are moved to
/// fall due together a few seconds ahead, and the real <c>TimerDispatcher</c> of every replica fires them.
/// Lateness = the moment the fire committed (an outermost MediatR behaviour around FireTimerCommand) − due time.
/// </summary>
public static class Timers
{
    private static ProcessDocument Document() => new()
    {
        Name = "Bench: delay",
        ObjectType = BenchApp.ObjectType,
        Entry = new EntryRule { Kind = EntryKinds.Manual },
        Priority = 5,
        Blocks =
        [
            new BlockDefinition { Id = "start", Type = BlockTypes.Start, Exits = new Dictionary<string, string> { ["next"] = "wait" } },
            new BlockDefinition { Id = "wait", Type = BlockTypes.Delay, Duration = TimeSpan.FromDays(30), Exits = new Dictionary<string, string> { ["next"] = "done" } },
            new BlockDefinition { Id = "done", Type = BlockTypes.Finish, Outcome = "neutral" },
        ],
    };

    public static async Task<TimerResult> RunAsync(BenchApp app, int pending, int burst, int warmUp, int replicas, TimeSpan lead)
    {
        var definition = new ProcessDefinitionId(await app.DefineAsync(Document()));
        var seeded = System.Diagnostics.Stopwatch.StartNew();
        await WaitingInstances.SeedAsync(app, definition, pending + warmUp * MaxWarmUpBursts);
        Console.WriteLine($"  seeded {pending + warmUp * MaxWarmUpBursts:N0} waiting instances in {seeded.Elapsed.TotalSeconds:F0} s");

        var hosts = new List<(CrmApiFactory Factory, FireLog Log)> { (app.Factory, app.Fires) };
        var extra = new List<CrmApiFactory>();
        for (var i = 1; i < replicas; i++)
        {
            var log = new FireLog();
            var factory = app.CreateFactory(log);
            _ = factory.Server; // starts it: its dispatcher runs
            extra.Add(factory);
            hosts.Add((factory, log));
        }

        try
        {
            // A host in service has fired timers before. Unmeasured bursts run the firing code until the runtime has
            // compiled it in its final tier (tiered JIT and PGO take minutes of work in a fresh process): at most
            // MaxWarmUpBursts, until one compiles less than SettledJitMs.
            var left = warmUp * MaxWarmUpBursts;
            for (var round = 1; warmUp > 0 && round <= MaxWarmUpBursts; round++)
            {
                var first = await BurstAsync(app, hosts, pending + left, warmUp, lead);
                left -= warmUp;
                hosts.ForEach(h => h.Log.Fires.Clear());
                Console.WriteLine($"  warm-up burst {round} of {warmUp:N0}: p99 {first.P99Ms:F0} ms, drained in {first.DrainSeconds:F1} s; JIT {first.Jit}");
                await Task.Delay(TimeSpan.FromSeconds(2));
                if (first.Jit.Time.TotalMilliseconds < SettledJitMs)
                {
                    break;
                }
            }

            return await BurstAsync(app, hosts, pending + left, burst, lead); // unused warm-up timers stay pending
        }
        finally
        {
            foreach (var factory in extra)
            {
                await factory.DisposeAsync();
            }
        }
    }

    private const int MaxWarmUpBursts = 6;

    private const double SettledJitMs = 150;

    private static async Task<TimerResult> BurstAsync(BenchApp app, List<(CrmApiFactory Factory, FireLog Log)> hosts, int pending, int burst, TimeSpan lead)
    {
        HashSet<Guid> burstIds;
        var due = DateTime.UtcNow + lead;
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ProcessesDbContext>();
            var ids = await db.Timers.OrderBy(t => t.Id).Take(burst).Select(t => t.Id).ToListAsync();
            await db.Timers.Where(t => ids.Contains(t.Id)).ExecuteUpdateAsync(s => s.SetProperty(t => t.DueAtUtc, due));
            burstIds = [.. ids];
        }

        // What a local commit does after scheduling: wake this node's dispatcher for the earlier due time.
        foreach (var (factory, _) in hosts)
        {
            factory.Services.GetRequiredService<TimerSignal>().Scheduled(due);
        }

        var cpu = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime; // every replica runs in this process
        var jit = JitSpan.Now();
        var deadline = due + TimeSpan.FromMinutes(3);
        while (hosts.Sum(h => h.Log.Fires.Count) < burst && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        var cpuMs = (System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
        var jitted = JitSpan.Now().Since(jit);
        await Task.Delay(TimeSpan.FromSeconds(3)); // a duplicate would show up here
        var fires = hosts.SelectMany(h => h.Log.Fires).ToList();
        var ofBurst = fires.Where(f => burstIds.Contains(f.TimerId)).ToList();
        var lateness = ofBurst.GroupBy(f => f.TimerId).Select(g => (g.Min(f => f.CommittedAtUtc) - due).TotalMilliseconds).Order().ToList();
        var last = ofBurst.Count == 0 ? due : ofBurst.Max(f => f.CommittedAtUtc);

        await using var check = app.Factory.Services.CreateAsyncScope();
        var context = check.ServiceProvider.GetRequiredService<ProcessesDbContext>();
        var left = await context.Timers.CountAsync();
        // The engine's own record: more than one "left the delay by next" step on an instance would be a second fire.
        var doubleTraces = await context.Trace.Where(t => t.BlockId == "wait" && t.Exit == "next").GroupBy(t => t.InstanceId).CountAsync(g => g.Count() > 1);
        return new TimerResult(
            pending, burst, hosts.Count, lateness.Count, ofBurst.Count - lateness.Count, fires.Count - ofBurst.Count, doubleTraces,
            lateness.Count == 0 ? double.NaN : lateness[0], Throughput.Percentile(lateness, 0.50), Throughput.Percentile(lateness, 0.99), lateness.Count == 0 ? double.NaN : lateness[^1],
            (last - due).TotalSeconds, left, hosts.Select(h => h.Log.Fires.Count).ToList(), cpuMs / Math.Max(1, lateness.Count), jitted);
    }
}
