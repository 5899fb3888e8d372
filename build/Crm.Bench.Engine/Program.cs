using System.Globalization;
using Crm.Bench.Engine;
using Crm.BuildingBlocks.Infrastructure.Persistence;

// build/bench-engine.sh runs this once per provider. Options (all optional):
//   --provider sqlite|postgres   --workers 48   --warmup 30   --seconds 20
//   --timers 100000   --burst 5000   --timer-warmup 2000   --replicas 2 (PostgreSQL; SQLite always 1)   --idle 60
//   --only receipt (Spare Parts: --lines 500 --reserves 1000 --rounds 3; never in a full run)
//   --only throughput|timers|idle|station (station: --calls-per-second 50 --seconds 60 --bookings 100000 --reads 1000 --schedule-warmup 300, --sql show lists one read's commands; never in a full run)
// Warm-ups: the runtime compiles the product's code in tiers and is still at it ~20 s into a run (the JIT figures the
// RESULT lines print show how much of it fell into the measured window), so throughput is counted after 30 s of
// load, and the measured timer burst follows unmeasured ones of --timer-warmup timers (up to 6, until one compiles little).
//   --only parts (Spare Parts' search: --parts 1000000 --reads 2000 --search-warmup 600 --word-reads 50; PostgreSQL seeds by COPY, SQLite through the domain — use fewer parts)
//   --sql show (prints the database commands of one instance)
var options = Args.Parse(args);
var provider = Enum.Parse<DatabaseProvider>(options.Get("provider", "sqlite"), ignoreCase: true);
var only = options.Get("only", "");
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

var app = new BenchApp(provider);
await app.InitializeAsync();
try
{
    Console.WriteLine($"== {provider}: {Environment.ProcessorCount} cores, .NET {Environment.Version}");
    if (only is "" or "throughput")
    {
        var t = await Throughput.RunAsync(app, options.Int("workers", 48), TimeSpan.FromSeconds(options.Int("warmup", 30)), TimeSpan.FromSeconds(options.Int("seconds", 20)));
        Console.WriteLine($"  phases (ms per instance): start {Throughput.Phases[0] / t.Completed:F1}, until the task exists {Throughput.Phases[1] / t.Completed:F1}, answer {Throughput.Phases[2] / t.Completed:F1}, until ended {Throughput.Phases[3] / t.Completed:F1} (all instances incl. warm-up, divided by measured)");
        Console.WriteLine($"  database commands of one instance alone (all modules, deliveries included): {Throughput.CommandsPerInstance}");
        if (options.Get("sql", "") == "show")
        {
            Throughput.CommandTexts.ToList().ForEach(text => Console.WriteLine("    " + text.ReplaceLineEndings(" ")));
        }

        Console.WriteLine($"RESULT {provider} throughput: {t.InstancesPerSecond:F0} instances/s, {t.StepsPerSecond:F0} steps/s " +
            $"({t.Completed} completed in {t.Seconds:F1} s, {t.Workers} workers, {t.StepsPerInstance} steps each; instance latency p50 {t.P50Ms:F0} ms, p99 {t.P99Ms:F0} ms; " +
            $"host CPU {t.CpuMsPerInstance:F1} ms per instance; JIT in the window: {t.Jit})");
    }

    if (only is "" or "timers")
    {
        var replicas = provider == DatabaseProvider.Postgres ? options.Int("replicas", 2) : 1;
        var r = await Timers.RunAsync(app, options.Int("timers", 100_000), options.Int("burst", 5_000), options.Int("timer-warmup", 2_000), replicas, TimeSpan.FromSeconds(5));
        Console.WriteLine($"RESULT {provider} timers: lateness first {r.MinMs:F0} ms, p50 {r.P50Ms:F0} ms, p99 {r.P99Ms:F0} ms, max {r.MaxMs:F0} ms; " +
            $"{r.Fired}/{r.Burst} burst timers fired, {r.Duplicates} duplicate fires, {r.DoubleTraces} instances with two delay steps, {r.StrayFires} early fires; " +
            $"burst drained in {r.DrainSeconds:F1} s; {r.LeftPending} timers still pending of {r.Pending}; replicas {r.Replicas} (fires per replica: {string.Join('/', r.FiresPerReplica)}); " +
            $"host CPU {r.CpuMsPerFire:F1} ms per fire (the wait before the burst included); JIT in the burst: {r.Jit})");
    }

    // Service Station (issue 14): only when asked (--only station), so the engine's figures keep their run.
    if (only == "station")
    {
        var w = await Station.WebhookAsync(app, options.Int("calls-per-second", 50), TimeSpan.FromSeconds(options.Int("warmup", 10)), TimeSpan.FromSeconds(options.Int("seconds", 60)));
        Console.WriteLine($"RESULT {provider} webhook: contact visible p50 {w.P50Ms:F0} ms, p99 {w.P99Ms:F0} ms, max {w.MaxMs:F0} ms; " +
            $"task in the operator's inbox p50 {w.TaskP50Ms:F0} ms, p99 {w.TaskP99Ms:F0} ms, max {w.TaskMaxMs:F0} ms " +
            $"({w.Visible}/{w.Sent} calls at {options.Int("calls-per-second", 50)}/s over {w.Seconds:F1} s, {w.Failed} failed)");
        Console.WriteLine($"  host CPU {w.CpuMsPerCall:F1} ms per call; one call alone: {w.CommandsOfOneCall.Count} database commands (the benchmark's own reads included)");
        if (options.Get("sql", "") == "show")
        {
            w.CommandsOfOneCall.ToList().ForEach(text => Console.WriteLine("    " + text.ReplaceLineEndings(" ")));
        }

        (await StationStages.ReportAsync(app)).ToList().ForEach(line => Console.WriteLine("  " + line));
        var s = await Station.ScheduleAsync(app, options.Int("bookings", 100_000), options.Int("reads", 1_000), options.Int("schedule-warmup", 300));
        Console.WriteLine($"RESULT {provider} schedule: day p50 {s.P50Ms:F1} ms, p99 {s.P99Ms:F1} ms, max {s.MaxMs:F1} ms " +
            $"({s.Reads} reads of a day with {s.PerDay} bookings among {s.Bookings}; seeded in {s.SeedSeconds:F0} s; {s.CommandsOfOneRead.Count} database commands per read)");
        if (options.Get("sql", "") == "show")
        {
            s.CommandsOfOneRead.ToList().ForEach(text => Console.WriteLine("    " + text.ReplaceLineEndings(" ")));
        }
    }

    // Spare Parts (issue 15): only when asked (--only receipt).
    if (only == "receipt")
    {
        var r = await Receipt.RunAsync(app, options.Int("lines", 500), options.Int("reserves", 1000), options.Int("rounds", 3));
        var sorted = r.PostSeconds.Order().ToList();
        Console.WriteLine($"RESULT {provider} goods receipt: {r.Lines} lines filling {r.Reserves} waiting reserves posted in median {sorted[sorted.Count / 2]:F2} s " +
            $"(rounds: {string.Join(", ", r.PostSeconds.Select(s => s.ToString("F2")))} s; last round filled {r.Filled}/{r.Reserves}; seeding {r.SeedSeconds:F0} s)");
    }

    // Spare Parts (issue 15): only when asked (--only parts).
    if (only == "parts")
    {
        var p = await Parts.SearchAsync(app, options.Int("parts", 1_000_000), options.Int("reads", 2_000), options.Int("search-warmup", 600), options.Int("word-reads", 50));
        string Of(Parts.Figures f) => $"p50 {f.P50Ms:F1} ms, p99 {f.P99Ms:F1} ms, max {f.MaxMs:F1} ms";
        Console.WriteLine($"RESULT {provider} part search: by article {Of(p.Article)}; by an analogue's article {Of(p.Analogue)}; by two words of the name (a page of 50) {Of(p.Words)} " +
            $"({p.Reads} reads by article and by analogue, {p.WordReads} by words, among {p.Parts} parts with 3 analogues each, {p.HitsPerArticle} hits per article on average; seeded in {p.SeedSeconds:F0} s)");
    }

    if (only is "" or "idle")
    {
        var i = await Idle.RunAsync(app, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(options.Int("idle", 60)));
        Console.WriteLine($"RESULT {provider} idle: {i.CommandsPerSecond:F2} queries/s ({i.Commands} EF commands in {i.Seconds:F0} s)" +
            (i.PgTransactions is { } x ? $"; PostgreSQL transactions {x} = {i.PgTransactionsPerSecond:F2}/s" : ""));
    }
}
finally
{
    await app.DisposeAsync();
}

internal sealed class Args(Dictionary<string, string> values)
{
    public static Args Parse(string[] args)
    {
        var values = new Dictionary<string, string>();
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        return new Args(values);
    }

    public string Get(string name, string fallback) => values.GetValueOrDefault(name, fallback);

    public int Int(string name, int fallback) => values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;
}
