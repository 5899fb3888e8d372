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

    [Fact]
    public async Task Writes_to_one_SQLite_file_take_turns_and_a_turn_holder_writes_again_without_waiting()
    {
        var file = $"Data Source={Path.Combine(Path.GetTempPath(), $"turns-{Guid.NewGuid():N}.db")}";
        await using var first = Context(DatabaseProvider.Sqlite, file);
        await using var second = Context(DatabaseProvider.Sqlite, file);
        var release = new TaskCompletionSource();
        var entered = new TaskCompletionSource();
        var secondEntered = false;

        var holding = WriteTurns.InTurnAsync(first, async () =>
        {
            entered.SetResult();
            await WriteTurns.InTurnAsync(first, () => Task.CompletedTask, CancellationToken.None); // its own turn: no wait
            await release.Task;
        }, CancellationToken.None);
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var waiting = WriteTurns.InTurnAsync(second, () =>
        {
            secondEntered = true;
            return Task.CompletedTask;
        }, CancellationToken.None);

        await Task.Delay(200);
        Assert.False(secondEntered); // the second writer waits for the first one's turn to end
        release.SetResult();
        await Task.WhenAll(holding, waiting).WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(secondEntered);
    }

    [Fact]
    public async Task PostgreSQL_writes_do_not_queue()
    {
        await using var first = Context(DatabaseProvider.Postgres, "Host=localhost;Database=none");
        await using var second = Context(DatabaseProvider.Postgres, "Host=localhost;Database=none");
        var release = new TaskCompletionSource();

        var holding = WriteTurns.InTurnAsync(first, () => release.Task, CancellationToken.None);
        await WriteTurns.InTurnAsync(second, () => Task.CompletedTask, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        release.SetResult();
        await holding;
    }
}
