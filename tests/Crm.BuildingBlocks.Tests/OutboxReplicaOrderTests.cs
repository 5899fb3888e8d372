using System.Collections.Concurrent;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Tests.PingModule;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>
/// While one dispatcher (say, on another replica) delivers an aggregate's event, no other dispatcher claims that
/// aggregate's later events: they would overtake it. They wait until the first is marked.
/// </summary>
public abstract class OutboxReplicaOrderTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly HeldDelivery _held = new();
    private PingHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await PingHost.StartAsync(provider, services => services.AddSingleton(_held));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task A_later_event_of_an_aggregate_waits_while_an_earlier_one_is_in_flight_elsewhere()
    {
        var ping = await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand("p:first")));
        var firstDispatcher = Task.Run(() => _host.Processor.ProcessBatchAsync(CancellationToken.None));
        await _held.Entered.Task.WaitAsync(TimeSpan.FromSeconds(30)); // "first" is being delivered, not yet marked

        await _host.EditAsync(ping, "second");
        var claimedMeanwhile = await _host.Processor.ProcessBatchAsync(CancellationToken.None); // the other dispatcher

        _held.Release.TrySetResult();
        Assert.Equal(1, await firstDispatcher.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal(0, claimedMeanwhile);
        Assert.Equal(1, await _host.Processor.ProcessBatchAsync(CancellationToken.None));
        Assert.Equal(["p:first", "p:second"], _held.Arrivals);
    }

    /// <summary>Holds the delivery of "p:first" until released; records every arrival in order.</summary>
    private sealed class HeldDelivery
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<string> Arrivals { get; } = new();
    }

    /// <summary>Registered by the handler scan of every ping host; acts only where a <see cref="HeldDelivery"/> is registered.</summary>
    private sealed class HoldingHandler(IServiceProvider services) : INotificationHandler<IntegrationEventNotification<PingSentIntegrationEvent>>
    {
        public async Task Handle(IntegrationEventNotification<PingSentIntegrationEvent> notification, CancellationToken cancellationToken)
        {
            if (services.GetService<HeldDelivery>() is not { } held)
            {
                return;
            }

            held.Arrivals.Enqueue(notification.Event.Text);
            if (notification.Event.Text == "p:first")
            {
                held.Entered.TrySetResult();
                await held.Release.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            }
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class OutboxReplicaOrderSqliteTests() : OutboxReplicaOrderTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class OutboxReplicaOrderPostgresTests() : OutboxReplicaOrderTests(DatabaseProvider.Postgres);
