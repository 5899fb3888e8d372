using System.Diagnostics;
using System.Net;
using System.Text;

namespace Crm.Host.Tests.Fuzz;

/// <summary>How much one run may send: a request count and a time budget, both overridable for a longer hunt.</summary>
public sealed record FuzzBudget(int Seed, int Requests, TimeSpan Time)
{
    public const string SeedVariable = "CRM_FUZZ_SEED";

    public static FuzzBudget FromEnvironment() => new(
        int.TryParse(Environment.GetEnvironmentVariable(SeedVariable), out var seed) ? seed : Random.Shared.Next(),
        int.TryParse(Environment.GetEnvironmentVariable("CRM_FUZZ_REQUESTS"), out var requests) ? requests : 3000,
        TimeSpan.FromSeconds(int.TryParse(Environment.GetEnvironmentVariable("CRM_FUZZ_SECONDS"), out var seconds) ? seconds : 120));
}

/// <summary>
/// Sends the cases: plausible requests first (they create the objects later ids point to), then the malformed
/// variants of every operation in turn, so that a cut by the budget still reaches every operation. Collects every
/// fault instead of stopping at the first.
/// </summary>
public sealed class FuzzRunner(IReadOnlyList<ApiOperation> operations, HttpClient administrator, HttpClient employee, FuzzBudget budget)
{
    private readonly Random _random = new(budget.Seed);
    private readonly List<FuzzFailure> _failures = [];
    private readonly Stopwatch _clock = new();

    public RealIds Ids { get; } = new();

    public int Sent { get; private set; }

    public IReadOnlyList<FuzzFailure> Failures => _failures;

    public async Task RunAsync(DateTimeOffset now)
    {
        _clock.Start();
        var cases = new CaseGenerator(Ids, _random, now);
        await HarvestAsync(cases);
        await CreateAsync(cases);
        await HarvestAsync(cases);

        // Deleting comes last in each round, so that it does not take away the objects of the other operations' cases.
        var queues = operations.OrderBy(o => o.Method == "DELETE").Select(o => new Queue<FuzzRequest>(cases.Malformed(o))).ToList();
        for (var round = 0; queues.Any(q => q.Count > 0) && !Spent; round++)
        {
            foreach (var queue in queues.Where(q => q.Count > 0))
            {
                await SendAsync(queue.Dequeue());
            }

            if (round % 10 == 9)
            {
                await CreateAsync(cases); // what the cases deleted or closed is made again
                await HarvestAsync(cases);
            }
        }
    }

    public bool Spent => Sent >= budget.Requests || _clock.Elapsed >= budget.Time;

    /// <summary>Every GET the document lists, answered for the reader: each card of each real object, each list and report.</summary>
    public async Task<IReadOnlyList<FuzzFailure>> ReadEverythingAsync(HttpClient reader, string who, bool mayBeRefused)
    {
        var fresh = new FuzzRunner(operations, reader, reader, budget with { Requests = int.MaxValue, Time = TimeSpan.MaxValue });
        var cases = new CaseGenerator(fresh.Ids, new Random(budget.Seed), DateTimeOffset.UtcNow);
        await fresh.HarvestAsync(cases);
        var failures = new List<FuzzFailure>();
        foreach (var operation in operations.Where(o => o.Method == "GET"))
        {
            foreach (var (url, real) in cases.Addresses(operation, 20))
            {
                var request = new FuzzRequest(operation, $"read by {who}", url, null, null, []);
                var (status, fault, body) = await ResponseCheck.SendAsync(reader, new HttpRequestMessage(HttpMethod.Get, url));
                if (status != (int)HttpStatusCode.OK && (fault is not null || (real && !mayBeRefused)))
                {
                    failures.Add(new FuzzFailure(request, status, $"{status} for a reader {who}{(fault is null ? "" : ": " + fault)}", body));
                }
            }
        }

        return failures;
    }

    /// <summary>Reads every list and card it can reach, learning the ids of what exists (parents before children).</summary>
    private async Task HarvestAsync(CaseGenerator cases)
    {
        foreach (var operation in operations.Where(o => o.Method == "GET").OrderBy(o => o.Path.Count(c => c == '{')))
        {
            // A plausible read is checked like any other request: a fault here is as much a fault.
            await SendAsync(new FuzzRequest(operation, "harvest", cases.Url(operation), null, null, []));
        }
    }

    /// <summary>A plausible request to every operation that writes, which creates the objects ids can point to.</summary>
    private async Task CreateAsync(CaseGenerator cases)
    {
        foreach (var operation in operations.Where(o => o.Method is "POST" or "PUT"))
        {
            for (var attempt = 0; attempt < 3 && !await SendAsync(cases.Plausible(operation), cases); attempt++)
            {
                // another plausible body: its random choices (an addressee's kind, an id's collection) may fit better
            }
        }
    }

    /// <summary>Sends the request and records a fault; true when the host accepted it.</summary>
    private async Task<bool> SendAsync(FuzzRequest request, CaseGenerator? cases = null)
    {
        var message = new HttpRequestMessage(new HttpMethod(request.Operation.Method), request.Url);
        if (request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.Remove("Content-Type");
            message.Content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        foreach (var (name, value) in request.Headers)
        {
            message.Headers.Remove(name);
            message.Headers.TryAddWithoutValidation(name, value);
        }

        Sent++;
        var (status, fault, body) = await ResponseCheck.SendAsync(request.AsEmployee ? employee : administrator, message);
        if (fault is not null)
        {
            _failures.Add(new FuzzFailure(request with { Url = request.Url[..Math.Min(request.Url.Length, 300)] }, status, fault, body));
        }
        else if (status is >= 200 and < 300)
        {
            Ids.Harvest(request.Url.Split('?')[0], body);
            cases?.Accepted(request);
        }

        return status is >= 200 and < 300;
    }
}
