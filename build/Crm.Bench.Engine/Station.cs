using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Application.Telephony;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Infrastructure.Persistence;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Engine;

/// <summary>
/// Service Station (issue 14). (a) The PBX's webhook ("answered": the event that records a contact) at a fixed rate (open loop: a call is sent at its moment whether
/// or not earlier ones were answered): latency from sending "incoming" to the contact readable through
/// GET /api/service-station/contacts/{id}, and until the shipped "Client contact" process's task is in an operator's list
/// (GET /api/tasking/tasks?subjectType=contact&amp;subjectId=… as the operator). (b) A day's schedule (GET /schedule?day=…) over a table of many bookings.
/// </summary>
public static class Station
{
    public const string Secret = "bench-telephony-secret";

    public sealed record WebhookResult(int Sent, int Visible, int Failed, double Seconds, double P50Ms, double P99Ms, double MaxMs, double TaskP50Ms, double TaskP99Ms, double TaskMaxMs,
        double CpuMsPerCall, IReadOnlyList<string> CommandsOfOneCall);

    /// <summary>Per call: until the contact is readable, and until its task is in an operator's inbox (ms).</summary>
    private sealed record Latency(double Contact, double Task);

    /// <summary>Per measured call: its contact, when the webhook was sent and when Tasking's TaskCreated was delivered (UTC).</summary>
    public static ConcurrentBag<(Guid Contact, DateTime SentUtc, DateTime TaskCreatedUtc, DateTime ListedUtc)> Calls { get; } = new();

    private static bool _recording;

    public static async Task<WebhookResult> WebhookAsync(BenchApp app, int perSecond, TimeSpan warmup, TimeSpan measured)
    {
        using var pbx = app.Factory.CreateClient();
        using var operatorClient = app.Factory.ClientFor(await HireOperatorAsync(app), "Bench Operator");
        await CallsAsync(app, pbx, operatorClient, perSecond, warmup, new ConcurrentBag<Latency>(), new StrongBox());
        var latencies = new ConcurrentBag<Latency>();
        var failed = new StrongBox();
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        _recording = true;
        var sent = await CallsAsync(app, pbx, operatorClient, perSecond, measured, latencies, failed);
        _recording = false;
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, sent);
        var seconds = clock.Elapsed.TotalSeconds;
        await Task.Delay(TimeSpan.FromSeconds(2)); // the last deliveries marked
        using var counter = new CommandCounter { Texts = new() };
        await counter.StartAsync();
        await OneCallAsync(app, pbx, operatorClient, new ConcurrentBag<Latency>(), failed); // the database commands one call costs, every module's included
        await Task.Delay(TimeSpan.FromSeconds(1));
        counter.Stop();
        var contact = latencies.Select(l => l.Contact).Order().ToArray();
        var task = latencies.Select(l => l.Task).Order().ToArray();
        return new WebhookResult(sent, contact.Length, failed.Value, seconds, Percentile(contact, 0.50), Percentile(contact, 0.99), contact.LastOrDefault(),
            Percentile(task, 0.50), Percentile(task, 0.99), task.LastOrDefault(), cpuMs, [.. counter.Texts!]);
    }

    private static readonly ConcurrentDictionary<string, TaskCompletionSource> CreatedTasks = new();
    private static int _listening;

    /// <summary>Completes when Tasking has created a task about the contact (whichever comes first: the call or the event).</summary>
    private static Task TaskCreated(BenchApp app, Guid contact)
    {
        if (Interlocked.Exchange(ref _listening, 1) == 0)
        {
            app.Factory.Events.Delivered += e =>
            {
                if (e is TaskCreatedIntegrationEvent { Subject: { Type: "contact" } subject })
                {
                    CreatedTasks.GetOrAdd(subject.Id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                }
            };
        }

        return CreatedTasks.GetOrAdd(contact.ToString(), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    /// <summary>The call-centre operators' position the shipped "Client contact" process names, and one operator in it.</summary>
    private static async Task<Guid> HireOperatorAsync(BenchApp app)
    {
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
            db.Positions.Add(Position.Create(new PositionId(StationProcessTemplates.CallCentreOperators), "Call-centre operators"));
            await db.SaveChangesAsync();
        }

        var hired = await app.Administrator.PostJsonAsync("/api/tasking/employees",
            new { name = "Bench Operator", timeZone = "UTC", positionIds = new[] { StationProcessTemplates.CallCentreOperators } });
        return (await hired.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<int> CallsAsync(BenchApp app, HttpClient pbx, HttpClient operatorClient, int perSecond, TimeSpan length, ConcurrentBag<Latency> latencies, StrongBox failed)
    {
        var count = (int)(perSecond * length.TotalSeconds);
        var start = Stopwatch.StartNew();
        var calls = new List<Task>(count);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / perSecond);
            if (due > start.Elapsed)
            {
                await Task.Delay(due - start.Elapsed);
            }

            calls.Add(OneCallAsync(app, pbx, operatorClient, latencies, failed));
        }

        await Task.WhenAll(calls);
        return count;
    }

    private static async Task OneCallAsync(BenchApp app, HttpClient pbx, HttpClient operatorClient, ConcurrentBag<Latency> latencies, StrongBox failed)
    {
        var clock = Stopwatch.StartNew();
        var sentUtc = DateTime.UtcNow;
        try
        {
            var caller = "79" + Random.Shared.NextInt64(100_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture);
            var answer = await pbx.SendAsync(Signed("answered", Guid.NewGuid().ToString("N"), caller));
            var contact = (await answer.ReadAsync<JsonElement>()).GetProperty("contactId").GetGuid();
            while ((await app.Administrator.GetAsync($"/api/service-station/contacts/{contact}")).StatusCode != HttpStatusCode.OK)
            {
                await Task.Delay(5);
            }

            var visible = clock.Elapsed.TotalMilliseconds;
            // The shipped "Client contact" process asks Tasking for "Specify contact result" for the operators: wait for
            // Tasking's TaskCreated (polling the API from every call at once would load the host more than the calls do),
            // then the operator's list must show it.
            await TaskCreated(app, contact).WaitAsync(TimeSpan.FromSeconds(60));
            var createdUtc = DateTime.UtcNow;
            while ((await (await operatorClient.GetAsync($"/api/tasking/tasks?subjectType=contact&subjectId={contact}")).ReadAsync<JsonElement>())
                   .GetProperty("items").GetArrayLength() == 0)
            {
                await Task.Delay(5);
            }

            latencies.Add(new Latency(visible, clock.Elapsed.TotalMilliseconds));
            if (_recording)
            {
                Calls.Add((contact, sentUtc, createdUtc, DateTime.UtcNow));
            }
        }
        catch (Exception e)
        {
            if (Interlocked.Increment(ref failed.Value) == 1)
            {
                Console.WriteLine($"  first failed call: {e.GetType().Name}: {e.Message}");
            }
        }
    }

    private static HttpRequestMessage Signed(string @event, string callId, string caller)
    {
        var body = JsonSerializer.Serialize(new { @event, callId, caller, calledLine = "+74950000000", at = DateTimeOffset.UtcNow });
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/service-station/telephony/events") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(TelephonySignature.TimestampHeader, timestamp);
        request.Headers.Add(TelephonySignature.SignatureHeader, TelephonySignature.Sign(Secret, timestamp, body));
        return request;
    }

    public sealed record ScheduleResult(int Bookings, double SeedSeconds, int PerDay, int Reads, double P50Ms, double P99Ms, double MaxMs, IReadOnlyList<string> CommandsOfOneRead);

    /// <summary>
    /// Writes <paramref name="bookings"/> one-hour bookings (25 bays, 8 a day each from 00:00 UTC — the administrator's
    /// working day in Tokyo — so 200 a day) straight into the module's tables (no outbox: only the read is measured),
    /// then reads days from the middle of the range one after another.
    /// </summary>
    public static async Task<ScheduleResult> ScheduleAsync(BenchApp app, int bookings, int reads, int warmup)
    {
        const int baysCount = 25, perBayPerDay = 8, batch = 4_000;
        var seed = Stopwatch.StartNew();
        var now = DateTime.UtcNow;
        var bays = Enumerable.Range(1, baysCount).Select(i => Bay.Create(new BayId(Guid.NewGuid()), $"Bench bay {i:D2}")).ToList();
        var cars = Enumerable.Range(1, 1_000).Select(i => Vehicle.Register(new VehicleId(Guid.NewGuid()), Vin.Of($"WVWZZZ1JZ{i:D8}"),
            new VehicleDetails($"B {i:D4} CH", "Volkswagen", "Golf", 2019), Guid.NewGuid(), now)).ToList();
        await SaveAsync(app, db => { db.Bays.AddRange(bays); db.Vehicles.AddRange(cars); });
        var perDay = baysCount * perBayPerDay;
        var firstDay = now.Date.AddDays(-bookings / perDay / 2);
        for (var from = 0; from < bookings; from += batch)
        {
            var slice = Enumerable.Range(from, Math.Min(batch, bookings - from)).Select(n =>
            {
                var (day, rest) = (n / perDay, n % perDay);
                var start = firstDay.AddDays(day).AddHours(rest % perBayPerDay);
                var car = cars[n % cars.Count];
                return Booking.Make(new BookingId(Guid.NewGuid()), new BookingSpec(car.OwnerClientId, car.Id.Value, app.AdministratorId,
                    new BookingTime(bays[rest / perBayPerDay].Id, start, start.AddHours(1)), [new WorkSpec("Oil change", 0.5m, 40m)], null, null), null, now);
            }).ToList();
            await SaveAsync(app, db => db.Bookings.AddRange(slice));
        }

        var seedSeconds = seed.Elapsed.TotalSeconds;
        var days = bookings / perDay;
        var middle = DateOnly.FromDateTime(firstDay).AddDays(days / 4);
        async Task<(double Ms, int Count)> ReadAsync(int i)
        {
            var clock = Stopwatch.StartNew();
            var body = await (await app.Administrator.GetAsync($"/api/service-station/schedule?day={middle.AddDays(i % (days / 2)):yyyy-MM-dd}")).ReadAsync<JsonElement>();
            var ms = clock.Elapsed.TotalMilliseconds;
            return (ms, body.GetProperty("bays").EnumerateArray().Sum(b => b.GetProperty("bookings").GetArrayLength()));
        }

        for (var i = 0; i < warmup; i++)
        {
            await ReadAsync(i); // warm-up: the JIT (its second tier comes after 30 calls and a pause) and the plan cache
        }

        var measured = new List<(double Ms, int Count)>();
        for (var i = 0; i < reads; i++)
        {
            measured.Add(await ReadAsync(i + 1_000));
        }

        var sorted = measured.Select(m => m.Ms).Order().ToArray();
        using var counter = new CommandCounter { Texts = new() };
        await counter.StartAsync();
        await ReadAsync(0); // the database commands one read costs (the sign-in's included)
        counter.Stop();
        return new ScheduleResult(bookings, seedSeconds, measured.Min(m => m.Count), reads, Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1], [.. counter.Texts!]);
    }

    private static async Task SaveAsync(BenchApp app, Action<ServiceStationDbContext> add)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceStationDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        add(db);
        await db.SaveChangesAsync();
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    public sealed class StrongBox
    {
        public int Value;
    }
}
