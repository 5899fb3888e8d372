using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Tests.PingModule;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>
/// Two lanes (ADR 0024) whose handlers both find a shared row missing and both insert it: the unique key stops the
/// second commit, and the handler retries at once (DuplicateKeyException) instead of failing the delivery.
/// </summary>
public abstract class OutboxLaneRaceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private readonly RegisterOnce.Gate _gate = new();
    private PingHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await PingHost.StartAsync(provider, services => services.AddSingleton(_gate));

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Two_lanes_creating_the_same_row_both_get_through_without_a_failed_attempt()
    {
        await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand("register: first")));
        await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand("register: second")));

        Assert.Equal(2, await _host.Processor.ProcessBatchAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1)));

        Assert.True(_gate.BothChecked.IsCompleted, "the two deliveries never raced");
        Assert.Equal(1, await _host.ReadAsync(db => db.Receipts.CountAsync(r => r.Id == RegisterOnce.SharedId)));
        var rows = await _host.ReadAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
        Assert.All(rows, row => Assert.Equal((0, true), (row.Attempts, row.ProcessedAtUtc is not null)));
    }
}

/// <summary>
/// For pings saying "register: …" (and only where a gate is registered): writes the one shared receipt if it is not
/// there yet, the way a handler registers something on first sight. The gate holds the first check of each delivery
/// until both have checked, so both find the row missing.
/// </summary>
internal sealed class RegisterOnce(IUnitOfWorkLocator unitOfWorks, PingDbContext db, IServiceProvider services)
    : Crm.BuildingBlocks.Application.Messaging.IntegrationEventHandler<PingSentIntegrationEvent>(unitOfWorks)
{
    public static readonly Guid SharedId = new("5e1f0000-0000-0000-0000-000000000001");

    protected override async Task HandleAsync(PingSentIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (services.GetService<Gate>() is not { } gate || !integrationEvent.Text.StartsWith("register:", StringComparison.Ordinal))
        {
            return;
        }

        var exists = await db.Receipts.AnyAsync(r => r.Id == SharedId, cancellationToken);
        await gate.CheckedAsync(integrationEvent.EventId);
        if (!exists)
        {
            db.Receipts.Add(new PingReceipt { Id = SharedId, EventId = integrationEvent.EventId, PingId = integrationEvent.PingId });
        }
    }

    public sealed class Gate
    {
        private readonly HashSet<Guid> _checked = [];
        private readonly TaskCompletionSource _both = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task BothChecked => _both.Task;

        /// <summary>The first check of each event waits for the other event's; a retry passes straight through.</summary>
        public Task CheckedAsync(Guid eventId)
        {
            lock (_checked)
            {
                if (!_checked.Add(eventId))
                {
                    return Task.CompletedTask;
                }

                if (_checked.Count == 2)
                {
                    _both.TrySetResult();
                }
            }

            return BothChecked.WaitAsync(TimeSpan.FromSeconds(20));
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class OutboxLaneRaceSqliteTests() : OutboxLaneRaceTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class OutboxLaneRacePostgresTests() : OutboxLaneRaceTests(DatabaseProvider.Postgres);
