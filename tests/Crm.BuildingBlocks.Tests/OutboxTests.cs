using Crm.BuildingBlocks.Infrastructure.Outbox;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Tests.PingModule;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>
/// Integration events leave through the outbox and arrive through the inbox exactly once in effect, whatever the
/// dispatchers do: run twice, crash between handling and marking, run side by side, or meet a failing handler.
/// </summary>
public abstract class OutboxTests(DatabaseProvider provider) : IAsyncLifetime
{
    private PingHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await PingHost.StartAsync(provider, services =>
        services.AddSingleton<IOutboxDeliveryObserver>(_crash));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private readonly CrashOnce _crash = new();

    private Task<Guid> SendAsync(string text, int order = 0) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand(text, order)));

    private Task<int> ReceiptsAsync(Guid pingId) => _host.ReadAsync(db => db.Receipts.CountAsync(r => r.PingId == pingId));

    private Task<OutboxMessage> OutboxRowAsync() => _host.ReadAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());

    [Fact]
    public async Task The_change_and_its_event_are_saved_together()
    {
        var ping = await SendAsync("hello");

        var row = await OutboxRowAsync();
        Assert.Contains(nameof(PingSentIntegrationEvent), row.Type);
        Assert.Contains(ping.ToString(), row.Payload);
        Assert.Null(row.ProcessedAtUtc);
        Assert.Equal(1, await _host.ReadAsync(db => db.Pings.CountAsync()));
    }

    [Fact]
    public async Task An_event_no_aggregate_raises_can_be_published_with_the_next_commit()
    {
        var announced = new PingSentIntegrationEvent(Guid.NewGuid(), "announcement");
        await _host.InScopeAsync(async sp =>
        {
            var unitOfWork = sp.GetRequiredService<Crm.BuildingBlocks.Application.Persistence.IUnitOfWorkLocator>().For(typeof(Ping));
            using var scope = unitOfWork.Begin();
            unitOfWork.Publish(announced);
            await scope.CommitAsync(CancellationToken.None);
            return 0;
        });

        Assert.Equal(announced.EventId, (await OutboxRowAsync()).Id);
        Assert.Equal(1, await _host.Processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(1, await ReceiptsAsync(announced.PingId));
    }

    [Fact]
    public async Task An_event_is_handled_once_even_when_the_dispatcher_runs_twice_or_delivers_again()
    {
        var ping = await SendAsync("hello");

        Assert.Equal(1, await _host.Processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(0, await _host.Processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(1, await ReceiptsAsync(ping));
        Assert.NotNull((await OutboxRowAsync()).ProcessedAtUtc);

        // A delivery repeated anyway (say, a row restored from a backup) meets the inbox.
        await _host.ReadAsync(db =>
        {
            var reset = $"UPDATE {db.Table<OutboxMessage>()} SET \"ProcessedAtUtc\" = NULL"; // a table name cannot be a parameter
            return db.Database.ExecuteSqlRawAsync(reset);
        });
        Assert.Equal(1, await _host.Processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(1, await ReceiptsAsync(ping));
        var receiver = typeof(PingReceivedHandler).FullName;
        Assert.Equal(1, await _host.ReadAsync(db => db.InboxMessages.CountAsync(m => m.Handler == receiver)));
    }

    [Fact]
    public async Task An_event_a_handler_does_not_concern_itself_with_leaves_no_inbox_row()
    {
        await SendAsync("marked: for me");
        await SendAsync("for someone else");

        Assert.Equal(2, await _host.Processor.ProcessBatchAsync(CancellationToken.None));

        var handlers = await _host.ReadAsync(db => db.InboxMessages.Select(m => m.Handler).ToListAsync());
        Assert.Single(handlers, h => h == typeof(MarkedPingsOnly).FullName);
        Assert.Equal(2, handlers.Count(h => h == typeof(PingReceivedHandler).FullName)); // the other handlers as before
    }

    [Fact]
    public async Task A_crash_between_handling_and_marking_delivers_again_without_a_second_effect()
    {
        var ping = await SendAsync("hello");
        _crash.Armed = true;

        await Assert.ThrowsAsync<IOException>(() => _host.Processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(1, await ReceiptsAsync(ping)); // handled…
        Assert.Null((await OutboxRowAsync()).ProcessedAtUtc); // …but not marked

        Assert.Equal(0, await _host.Processor.ProcessBatchAsync(CancellationToken.None)); // the lease still holds
        _host.Clock.Advance(OutboxProcessor<PingDbContext>.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _host.Processor.ProcessBatchAsync(CancellationToken.None));

        Assert.Equal(1, await ReceiptsAsync(ping));
        Assert.NotNull((await OutboxRowAsync()).ProcessedAtUtc);
    }

    [Fact]
    public async Task Two_dispatchers_at_once_share_the_work_and_handle_each_event_once()
    {
        var pings = new List<Guid>();
        for (var i = 0; i < 60; i++)
        {
            pings.Add(await SendAsync($"ping {i}"));
        }

        async Task<int> Drain()
        {
            var total = 0;
            int claimed;
            while ((claimed = await _host.Processor.ProcessBatchAsync(CancellationToken.None)) > 0)
            {
                total += claimed;
            }

            return total;
        }

        var claimedByEach = await Task.WhenAll(Task.Run(Drain), Task.Run(Drain));

        Assert.Equal(60, claimedByEach.Sum());
        var receipts = await _host.ReadAsync(db => db.Receipts.Select(r => r.PingId).ToListAsync());
        Assert.Equal(pings.Order(), receipts.Order());
        Assert.Equal(0, await _host.ReadAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null)));
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_back_off_and_the_event_is_kept_after_the_last_try()
    {
        await SendAsync("fail");
        var start = _host.Clock.GetUtcNow().UtcDateTime;

        Assert.Equal(1, await _host.Processor.ProcessBatchAsync(CancellationToken.None));
        var first = await OutboxRowAsync();
        Assert.Equal((1, start.AddSeconds(1)), (first.Attempts, first.NextAttemptAtUtc));
        Assert.Contains("The receiver is down", first.LastError);

        Assert.Equal(0, await _host.Processor.ProcessBatchAsync(CancellationToken.None)); // not due yet
        _host.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await _host.Processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(start.AddSeconds(1 + 2), (await OutboxRowAsync()).NextAttemptAtUtc);

        _host.Clock.Advance(TimeSpan.FromSeconds(2));
        Assert.Equal(1, await _host.Processor.ProcessBatchAsync(CancellationToken.None));
        var kept = await OutboxRowAsync();
        Assert.Equal(3, kept.Attempts);
        Assert.NotNull(kept.FailedAtUtc);
        Assert.Null(kept.ProcessedAtUtc);

        _host.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await _host.Processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(0, await _host.ReadAsync(db => db.Receipts.CountAsync()));
    }

    /// <summary>Throws after the first delivery it sees, as a process dying before it marks the row would.</summary>
    private sealed class CrashOnce : IOutboxDeliveryObserver
    {
        public bool Armed { get; set; }

        public Task AfterDeliveryAsync(OutboxMessage message, CancellationToken cancellationToken)
        {
            if (Armed)
            {
                Armed = false;
                throw new IOException("Power cut");
            }

            return Task.CompletedTask;
        }
    }
}

/// <summary>
/// Concerns itself only with pings saying "marked: …" and does nothing with them: ignoring the others is
/// idempotent, so they cost no inbox row (<c>Concerns</c>, ADR 0026).
/// </summary>
internal sealed class MarkedPingsOnly(Crm.BuildingBlocks.Application.Persistence.IUnitOfWorkLocator unitOfWorks)
    : Crm.BuildingBlocks.Application.Messaging.IntegrationEventHandler<PingSentIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(PingSentIntegrationEvent integrationEvent) => integrationEvent.Text.StartsWith("marked:", StringComparison.Ordinal);

    protected override Task HandleAsync(PingSentIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

[Trait("Provider", "Sqlite")]
public sealed class OutboxSqliteTests() : OutboxTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class OutboxPostgresTests() : OutboxTests(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task A_claim_skips_rows_another_replica_holds_instead_of_waiting()
    {
        await using var host = await PingHost.StartAsync(DatabaseProvider.Postgres);
        for (var i = 0; i < 10; i++)
        {
            await host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand($"ping {i}")));
        }

        // Another replica is in the middle of claiming the four oldest rows.
        await using var otherReplica = host.Services.CreateAsyncScope();
        var other = otherReplica.ServiceProvider.GetRequiredService<PingDbContext>();
        await using var transaction = await other.Database.BeginTransactionAsync();
        var lockSql = $"SELECT \"Id\" AS \"Value\" FROM {other.Table<OutboxMessage>()} ORDER BY \"OccurredAtUtc\", \"Id\" LIMIT 4 FOR UPDATE";
        var held = await other.Database.SqlQueryRaw<Guid>(lockSql).ToListAsync();

        var claimed = await host.Processor.ProcessBatchAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(6, claimed);
        var processed = await host.ReadAsync(db => db.OutboxMessages.Where(m => m.ProcessedAtUtc != null).Select(m => m.Id).ToListAsync());
        Assert.Empty(processed.Intersect(held));
        await transaction.RollbackAsync();
    }
}
