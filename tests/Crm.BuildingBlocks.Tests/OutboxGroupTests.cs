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
/// Events of different aggregates are delivered in groups, one transaction per receiving module (ADR 0041); a group
/// that fails goes again one event at a time, so a failing or repeated event changes nothing for the others.
/// </summary>
public abstract class OutboxGroupTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly GroupRecorder _recorder = new();
    private PingHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await PingHost.StartAsync(provider, services => services.AddSingleton(_recorder));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    private Task<Guid> SendAsync(string text) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand(text)));

    private async Task<List<Guid>> SendManyAsync(int count)
    {
        var pings = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            pings.Add(await SendAsync($"ping {i}"));
        }

        return pings;
    }

    private Task<List<Guid>> ReceiptsAsync() => _host.ReadAsync(db => db.Receipts.Select(r => r.PingId).ToListAsync());

    [Fact]
    public async Task Events_of_different_aggregates_are_handled_inside_one_open_unit_of_work()
    {
        var pings = await SendManyAsync(5);

        Assert.Equal(5, await _host.Processor.ProcessBatchAsync(CancellationToken.None));

        Assert.Equal(pings.Order(), (await ReceiptsAsync()).Order());
        Assert.Equal(5, _recorder.Deliveries.Count);
        Assert.All(_recorder.Deliveries, inGroup => Assert.True(inGroup, "delivered outside the group's unit of work"));
        Assert.Equal(0, await _host.ReadAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null)));
    }

    [Fact]
    public async Task A_failing_event_fails_alone_and_the_rest_of_its_group_is_delivered()
    {
        var first = await SendAsync("first");
        await SendAsync("fail");
        var last = await SendAsync("last");

        Assert.Equal(3, await _host.Processor.ProcessBatchAsync(CancellationToken.None));

        Assert.Equal(new[] { first, last }.Order(), (await ReceiptsAsync()).Order());
        var rows = await _host.ReadAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.Equal(2, rows.Count(r => r.ProcessedAtUtc is not null && r.Attempts == 0));
        var failed = Assert.Single(rows, r => r.ProcessedAtUtc is null);
        Assert.Equal(1, failed.Attempts);
        Assert.Contains("The receiver is down", failed.LastError);
    }

    [Fact]
    public async Task A_group_delivered_again_meets_the_inbox_and_has_no_second_effect()
    {
        var pings = await SendManyAsync(4);

        Assert.Equal(4, await _host.Processor.ProcessBatchAsync(CancellationToken.None));
        // As if the dispatcher died before marking the rows: the whole group comes again.
        await _host.ReadAsync(db =>
        {
            var reset = $"UPDATE {db.Table<OutboxMessage>()} SET \"ProcessedAtUtc\" = NULL"; // a table name cannot be a parameter
            return db.Database.ExecuteSqlRawAsync(reset);
        });
        Assert.Equal(4, await _host.Processor.ProcessBatchAsync(CancellationToken.None));

        Assert.Equal(pings.Order(), (await ReceiptsAsync()).Order());
        var receiver = typeof(PingReceivedHandler).FullName;
        Assert.Equal(4, await _host.ReadAsync(db => db.InboxMessages.CountAsync(m => m.Handler == receiver)));
        Assert.Equal(0, await _host.ReadAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAtUtc == null)));
    }

    /// <summary>Per delivery, whether the ping module's unit of work was open already (the group's transaction).</summary>
    private sealed class GroupRecorder
    {
        public ConcurrentQueue<bool> Deliveries { get; } = new();
    }

    /// <summary>Registered by the handler scan of every ping host; records only where a recorder is registered.</summary>
    private sealed class RecordingHandler(IServiceProvider services, IUnitOfWorkLocator unitOfWorks)
        : INotificationHandler<IntegrationEventNotification<PingSentIntegrationEvent>>
    {
        public Task Handle(IntegrationEventNotification<PingSentIntegrationEvent> notification, CancellationToken cancellationToken)
        {
            services.GetService<GroupRecorder>()?.Deliveries.Enqueue(unitOfWorks.For(typeof(Ping)).IsOpen);
            return Task.CompletedTask;
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class OutboxGroupSqliteTests() : OutboxGroupTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class OutboxGroupPostgresTests() : OutboxGroupTests(DatabaseProvider.Postgres);
