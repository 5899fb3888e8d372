using System.Diagnostics;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Application.Instances.StartInstance;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Tasking.Application.Tasks.CompleteTask;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Bench.Engine;

public sealed record ThroughputResult(
    int Workers, double Seconds, long Completed, double InstancesPerSecond, int StepsPerInstance, double StepsPerSecond, double P50Ms, double P99Ms, double CpuMsPerInstance, JitSpan Jit);

/// <summary>
/// start → question → finish, driven by <c>workers</c> loops. Each loop starts an instance (StartInstanceCommand, own
/// DI scope, as the administrator), waits until Tasking created the question's task (its TaskCreated event, after the
/// outbox delivered the request), completes that task as the inbox's "complete" does (CompleteTaskCommand, as the
/// administrator), and waits until the outbox delivered ProcessInstanceEnded (the engine continued by Tasking's
/// TaskCompleted). Only then does the instance count.
/// </summary>
public static class Throughput
{
    public static ProcessDocument Document() => new()
    {
        Name = "Bench: question",
        ObjectType = BenchApp.ObjectType,
        Entry = new EntryRule { Kind = EntryKinds.Manual },
        Priority = 5,
        Blocks =
        [
            new BlockDefinition { Id = "start", Type = BlockTypes.Start, Exits = new Dictionary<string, string> { ["next"] = "ask" } },
            new BlockDefinition
            {
                Id = "ask", Type = BlockTypes.Question, Title = "Did the client answer?",
                Answers = [new AnswerDefinition("yes", "Yes"), new AnswerDefinition("no", "No")],
                Exits = new Dictionary<string, string> { ["yes"] = "won", ["no"] = "lost" },
            },
            new BlockDefinition { Id = "won", Type = BlockTypes.Finish, Outcome = "positive" },
            new BlockDefinition { Id = "lost", Type = BlockTypes.Finish, Outcome = "negative" },
        ],
    };

    public static async Task<ThroughputResult> RunAsync(BenchApp app, int workers, TimeSpan warmUp, TimeSpan measure)
    {
        var definition = await app.DefineAsync(Document());
        long completed = 0;
        var latencies = new List<double>[workers];
        var measuring = false;
        using var stop = new CancellationTokenSource();
        var loops = Enumerable.Range(0, workers).Select(worker => Task.Run(async () =>
        {
            latencies[worker] = [];
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                var started = Stopwatch.GetTimestamp();
                await OneAsync(app, definition, $"w{worker}-{n}");
                if (Volatile.Read(ref measuring))
                {
                    Interlocked.Increment(ref completed);
                    latencies[worker].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
            }
        })).ToList();

        await Task.Delay(warmUp);
        var clock = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var jit = JitSpan.Now();
        Volatile.Write(ref measuring, true);
        await Task.Delay(measure);
        Volatile.Write(ref measuring, false);
        var jitted = JitSpan.Now().Since(jit);
        var done = Interlocked.Read(ref completed);
        var seconds = clock.Elapsed.TotalSeconds;
        // The host's own CPU time (all modules, outbox, jobs; not the database server's) per completed instance:
        // unlike instances/s, it hardly depends on what else the machine is running.
        var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Math.Max(1, done);
        stop.Cancel();
        await Task.WhenAll(loops);

        // One more instance alone: its database commands (every module's, all deliveries included) and its steps
        // (the trace entries it writes: each block left is one step of the engine).
        await Task.Delay(TimeSpan.FromSeconds(1)); // let the last deliveries of the loops finish
        using var counter = new CommandCounter { Texts = new() };
        await counter.StartAsync();
        var probe = await OneAsync(app, definition, "probe");
        await Task.Delay(TimeSpan.FromSeconds(1)); // the deliveries that follow the end
        CommandsPerInstance = counter.Stop();
        CommandTexts = [.. counter.Texts!];
        var steps = (await app.InstanceAsync(probe)).Trace.Count;
        var all = latencies.SelectMany(l => l).Order().ToList();
        return new ThroughputResult(workers, seconds, done, done / seconds, steps, done * steps / seconds, Percentile(all, 0.50), Percentile(all, 0.99), cpuMs, jitted);
    }

    /// <summary>EF commands of one instance run alone (all modules, background deliveries included), and their texts.</summary>
    public static long CommandsPerInstance { get; private set; }

    public static IReadOnlyList<string> CommandTexts { get; private set; } = [];

    /// <summary>Where an instance's time goes, summed over all (ms): start, wait for request, answer, wait for end.</summary>
    public static readonly double[] Phases = new double[4];

    private static void Add(int phase, long since) => Phases[phase] += Stopwatch.GetElapsedTime(since).TotalMilliseconds;

    private static async Task<Guid> OneAsync(BenchApp app, Guid definition, string objectId)
    {
        Guid instance;
        var t = Stopwatch.GetTimestamp();
        await using (var scope = app.AdministratorScope())
        {
            await app.SignInAsync(scope);
            instance = await scope.ServiceProvider.GetRequiredService<IMediator>()
                .Send(new StartInstanceCommand(definition, new ObjectReference(BenchApp.ObjectType, objectId)));
        }

        Add(0, t);
        t = Stopwatch.GetTimestamp();
        var task = await WithTimeout(app.Waiters.TaskCreatedAsync(objectId), "task for the question", instance);
        Add(1, t);
        t = Stopwatch.GetTimestamp();
        await using (var scope = app.AdministratorScope())
        {
            await app.SignInAsync(scope);
            // As the inbox's "complete" does: Tasking closes the task and tells the engine through its outbox.
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new CompleteTaskCommand(task, null, "yes", null, null));
        }

        Add(2, t);
        t = Stopwatch.GetTimestamp();
        await WithTimeout(app.Waiters.EndedAsync(instance), "the end", instance);
        Add(3, t);
        app.Waiters.Forget(instance);
        app.Waiters.Forget(objectId);
        return instance;
    }

    private static async Task<T> WithTimeout<T>(Task<T> task, string what, Guid instance)
    {
        await WithTimeout((Task)task, what, instance);
        return await task;
    }

    private static async Task WithTimeout(Task task, string what, Guid instance)
    {
        try
        {
            await task.WaitAsync(TimeSpan.FromMinutes(2));
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"No {what} of instance {instance} within 2 minutes.");
        }
    }

    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
