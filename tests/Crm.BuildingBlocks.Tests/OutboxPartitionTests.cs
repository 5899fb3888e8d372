using System.Collections.Concurrent;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Tests.PingModule;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>
/// A claimed batch is delivered lane by lane (ADR 0024): the events of one aggregate one after another in the order
/// they occurred, different aggregates side by side — here each in its own transaction (one delivery per group), to
/// see them in flight at once; OutboxGroupTests covers groups.
/// </summary>
public abstract class OutboxPartitionTests(DatabaseProvider provider) : IAsyncLifetime
{
    private const int Aggregates = 4;
    private readonly LaneRecorder _recorder = new(Aggregates);
    private PingHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await PingHost.StartAsync(provider, services => services
        .AddSingleton(_recorder)
        .Configure<OutboxOptions>(o => o.DeliveriesPerTransaction = 1));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Events_of_one_aggregate_arrive_in_order_one_at_a_time_while_aggregates_run_side_by_side()
    {
        var pings = new List<Guid>();
        for (var i = 0; i < Aggregates; i++)
        {
            pings.Add(await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand($"{i}:sent"))));
        }

        foreach (var ping in pings)
        {
            // Two changes in one commit (same moment), then one more in the next.
            await _host.EditAsync(ping, "first", "second");
            await _host.EditAsync(ping, "third");
        }

        // One batch holds all 16 events. The recorder holds each aggregate's first event until every aggregate has
        // one in flight: delivered one after another, the batch would never get there (and fail below).
        var claimed = await _host.Processor.ProcessBatchAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));

        Assert.Equal(Aggregates * 4, claimed);
        Assert.True(_recorder.AllLanesMet.IsCompleted, "the aggregates' events were never in flight side by side");
        Assert.Empty(_recorder.Overlaps);
        foreach (var (ping, i) in pings.Select((p, i) => (p, i)))
        {
            Assert.Equal([$"{i}:sent", $"{i}:first", $"{i}:second", $"{i}:third"], _recorder.Arrivals(ping));
        }

        Assert.Equal(0, await _host.ReadAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null)));
        Assert.Equal(Aggregates * 4, await _host.ReadAsync(db => db.Receipts.CountAsync()));
    }

    [Fact]
    public async Task Every_row_of_an_aggregate_carries_its_id_as_the_partition()
    {
        var ping = await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand("hello")));
        await _host.EditAsync(ping, "again");

        var partitions = await _host.ReadAsync(db => db.OutboxMessages.Select(m => m.PartitionKey).ToListAsync());
        Assert.Equal([ping, ping], partitions);
    }

    [Fact]
    public async Task An_event_published_with_one_aggregates_changes_follows_them_in_its_lane_and_with_several_goes_apart()
    {
        var (one, two) = (await SendAsync("one"), await SendAsync("two"));

        var answer = await EditAndPublishAsync([one]);
        var answerOfTwo = await EditAndPublishAsync([one, two]);

        var rows = await _host.ReadAsync(db => db.OutboxMessages.OrderBy(m => m.OccurredAtUtc).Select(m => new { m.Id, m.PartitionKey, m.Type }).ToListAsync());
        var at = rows.FindIndex(r => r.Id == answer);
        Assert.Equal(one, rows[at].PartitionKey); // the answer shares the edited ping's lane
        Assert.Equal(one, rows[at - 1].PartitionKey); // and comes after the ping's event of the same commit
        Assert.Null(rows.Single(r => r.Id == answerOfTwo).PartitionKey);
    }

    private Task<Guid> SendAsync(string text) => _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand(text)));

    /// <summary>Edits the pings and publishes an event in the same commit; the event's id.</summary>
    private Task<Guid> EditAndPublishAsync(Guid[] pings) => _host.InScopeAsync(async sp =>
    {
        _host.Clock.Advance(TimeSpan.FromMilliseconds(1)); // this commit's rows after the earlier ones
        var unitOfWork = sp.GetRequiredService<IUnitOfWorkLocator>().For(typeof(Ping));
        using var scope = unitOfWork.Begin();
        foreach (var id in pings)
        {
            var ping = await sp.GetRequiredService<PingDbContext>().Pings.AsTracking().SingleAsync(p => p.Id == new PingId(id));
            ping.Edit($"{ping.Text}:edited", _host.Clock.GetUtcNow().UtcDateTime);
        }

        var answer = new PingSentIntegrationEvent(Guid.NewGuid(), "done");
        unitOfWork.Publish(answer);
        await scope.CommitAsync(CancellationToken.None);
        return answer.EventId;
    });

    /// <summary>What each delivery saw: arrivals per aggregate, and any two deliveries of one aggregate at once.</summary>
    private sealed class LaneRecorder(int lanes)
    {
        private readonly ConcurrentDictionary<Guid, int> _inFlight = new();
        private readonly ConcurrentDictionary<Guid, ConcurrentQueue<string>> _arrivals = new();
        private readonly TaskCompletionSource _allLanesMet = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task AllLanesMet => _allLanesMet.Task;

        public ConcurrentQueue<Guid> Overlaps { get; } = new();

        public IReadOnlyList<string> Arrivals(Guid ping) => [.. _arrivals.GetValueOrDefault(ping) ?? new ConcurrentQueue<string>()];

        public async Task DeliverAsync(PingSentIntegrationEvent e)
        {
            if (_inFlight.AddOrUpdate(e.PingId, 1, (_, n) => n + 1) > 1)
            {
                Overlaps.Enqueue(e.PingId);
            }

            _arrivals.GetOrAdd(e.PingId, _ => new()).Enqueue(e.Text);
            if (_inFlight.Count(p => p.Value > 0) >= lanes)
            {
                _allLanesMet.TrySetResult();
            }

            try
            {
                await AllLanesMet.WaitAsync(TimeSpan.FromSeconds(20));
            }
            finally
            {
                _inFlight.AddOrUpdate(e.PingId, 0, (_, n) => n - 1);
            }
        }
    }

    /// <summary>Registered by the handler scan of every ping host; records only where a recorder is registered.</summary>
    private sealed class RecordingHandler(IServiceProvider services) : INotificationHandler<IntegrationEventNotification<PingSentIntegrationEvent>>
    {
        public Task Handle(IntegrationEventNotification<PingSentIntegrationEvent> notification, CancellationToken cancellationToken) =>
            services.GetService<LaneRecorder>()?.DeliverAsync(notification.Event) ?? Task.CompletedTask;
    }
}

[Trait("Provider", "Sqlite")]
public sealed class OutboxPartitionSqliteTests() : OutboxPartitionTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class OutboxPartitionPostgresTests() : OutboxPartitionTests(DatabaseProvider.Postgres);
