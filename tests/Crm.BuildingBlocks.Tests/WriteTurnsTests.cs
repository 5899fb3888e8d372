using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Tests.PingModule;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>ADR 0044: on SQLite the writes of one process go one at a time, and a write inside a turn does not wait for itself.</summary>
public sealed class WriteTurnsTests
{
    private static PingDbContext Context(DatabaseProvider provider, string source)
    {
        var options = new DbContextOptionsBuilder<PingDbContext>();
        ModuleDatabaseRegistration.Configure(options, provider, source, "ping");
        return new PingDbContext(options.Options);
    }

    /// <summary>
    /// A writer runs synchronously up to its turn, so the moment <c>InTurnAsync</c> returns, the second writer has
    /// either written (no turns) or queued: no sleep decides it. The log then shows the order the writes happened in.
    /// </summary>
    [Fact]
    public async Task Writes_to_one_SQLite_file_take_turns_and_a_turn_holder_writes_again_without_waiting()
    {
        var file = $"Data Source={Path.Combine(Path.GetTempPath(), $"turns-{Guid.NewGuid():N}.db")}";
        await using var first = Context(DatabaseProvider.Sqlite, file);
        await using var second = Context(DatabaseProvider.Sqlite, file);
        var release = new TaskCompletionSource();
        var log = new List<string>();

        var holding = WriteTurns.InTurnAsync(first, async () =>
        {
            await Log(log, "first writes");
            await WriteTurns.InTurnAsync(first, () => Log(log, "first writes again"), CancellationToken.None); // its own turn: no wait
            await release.Task;
            await Log(log, "first ends its turn");
        }, CancellationToken.None);
        var waiting = WriteTurns.InTurnAsync(second, () => Log(log, "second writes"), CancellationToken.None);

        Assert.False(waiting.IsCompleted); // queued behind the first writer's turn
        release.SetResult();
        await Task.WhenAll(holding, waiting).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(["first writes", "first writes again", "first ends its turn", "second writes"], log);
    }

    [Fact]
    public async Task Writes_to_different_SQLite_files_do_not_wait_for_each_other()
    {
        await using var first = Context(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), $"turns-{Guid.NewGuid():N}.db")}");
        await using var other = Context(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(Path.GetTempPath(), $"turns-{Guid.NewGuid():N}.db")}");
        var release = new TaskCompletionSource();

        var holding = WriteTurns.InTurnAsync(first, () => release.Task, CancellationToken.None);
        var elsewhere = WriteTurns.InTurnAsync(other, () => Task.CompletedTask, CancellationToken.None);

        Assert.True(elsewhere.IsCompletedSuccessfully); // written while the first file's turn is held
        release.SetResult();
        await holding;
    }

    [Fact]
    public async Task PostgreSQL_writes_do_not_queue()
    {
        await using var first = Context(DatabaseProvider.Postgres, "Host=localhost;Database=none"); // never opened: no server needed
        await using var second = Context(DatabaseProvider.Postgres, "Host=localhost;Database=none");
        var release = new TaskCompletionSource();

        var holding = WriteTurns.InTurnAsync(first, () => release.Task, CancellationToken.None);
        var passing = WriteTurns.InTurnAsync(second, () => Task.CompletedTask, CancellationToken.None);

        Assert.True(passing.IsCompletedSuccessfully); // written while the first write is still under way
        Assert.False(holding.IsCompleted);
        release.SetResult();
        await holding;
    }

    private static Task Log(List<string> log, string entry)
    {
        lock (log)
        {
            log.Add(entry);
        }

        return Task.CompletedTask;
    }
}
