using System.Globalization;
using System.Text.RegularExpressions;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Processes.Infrastructure.Persistence;
using Crm.Modules.ServiceStation.Infrastructure.Persistence;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Engine;

/// <summary>
/// Where a webhook's call spends its time on the way to the operator's task, from the three outboxes' rows of the
/// measured calls: each row's moment (when the handler that raised it ran) and when its batch was marked delivered.
/// </summary>
public static partial class StationStages
{
    public static async Task<IReadOnlyList<string>> ReportAsync(BenchApp app)
    {
        var calls = Station.Calls.ToDictionary(c => c.Contact);
        var since = calls.Values.Min(c => c.SentUtc);
        var station = await RowsAsync<ServiceStationDbContext>(app, since);
        var processes = await RowsAsync<ProcessesDbContext>(app, since);
        var tasking = await RowsAsync<TaskingDbContext>(app, since);
        var lines = new List<string>();
        foreach (var (name, rows) in new[] { ("station", station), ("processes", processes), ("tasking", tasking) })
        {
            foreach (var type in rows.GroupBy(r => r.Type))
            {
                lines.Add($"{name} {type.Key}: {type.Count()} rows, occurred→marked {Stats(type.Where(r => r.Processed is not null).Select(r => (r.Processed!.Value - r.Occurred).TotalMilliseconds))}");
            }
        }

        // Per contact: the first row of each outbox that names it.
        var first = new[] { station, processes, tasking }.Select(rows => rows
            .SelectMany(r => Guids().Matches(r.Payload).Select(m => (Id: Guid.Parse(m.Value), r.Occurred, r.Type)))
            .Where(x => calls.ContainsKey(x.Id))
            .GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.Min(x => x.Occurred))).ToArray();
        var complete = calls.Values.Where(c => first.All(f => f.ContainsKey(c.Contact))).ToList();
        lines.Add($"per call ({complete.Count} of {calls.Count} traced):");
        lines.Add($"  webhook sent → station fact {Stats(complete.Select(c => (first[0][c.Contact] - c.SentUtc).TotalMilliseconds))}");
        lines.Add($"  station fact → processes' task request {Stats(complete.Select(c => (first[1][c.Contact] - first[0][c.Contact]).TotalMilliseconds))}");
        lines.Add($"  task request → tasking's TaskCreated {Stats(complete.Select(c => (first[2][c.Contact] - first[1][c.Contact]).TotalMilliseconds))}");
        lines.Add($"  TaskCreated → delivered {Stats(complete.Select(c => (c.TaskCreatedUtc - first[2][c.Contact]).TotalMilliseconds))}");
        lines.Add($"  delivered → listed {Stats(complete.Select(c => (c.ListedUtc - c.TaskCreatedUtc).TotalMilliseconds))}");
        foreach (var window in calls.Values.GroupBy(c => (int)((c.SentUtc - since).TotalSeconds / 10)).OrderBy(w => w.Key))
        {
            lines.Add($"  calls sent in {window.Key * 10}–{window.Key * 10 + 10} s: task listed {Stats(window.Select(c => (c.ListedUtc - c.SentUtc).TotalMilliseconds))}");
        }

        return lines;
    }

    private sealed record Row(string Type, string Payload, DateTime Occurred, DateTime? Processed);

    private static async Task<List<Row>> RowsAsync<TContext>(BenchApp app, DateTime since)
        where TContext : ModuleDbContext
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var rows = await db.OutboxMessages.AsNoTracking().Where(m => m.OccurredAtUtc >= since).Select(m => new Row(m.Type, m.Payload, m.OccurredAtUtc, m.ProcessedAtUtc)).ToListAsync();
        return rows.Select(r => r with { Type = r.Type.Split(',')[0].Split('.')[^1] }).ToList();
    }

    private static string Stats(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? "-" : string.Create(CultureInfo.InvariantCulture,
            $"p50 {sorted[sorted.Length / 2]:F0} ms, p90 {sorted[(int)(sorted.Length * 0.9)]:F0} ms, p99 {sorted[Math.Min(sorted.Length - 1, (int)(sorted.Length * 0.99))]:F0} ms, max {sorted[^1]:F0} ms");
    }

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex Guids();
}
