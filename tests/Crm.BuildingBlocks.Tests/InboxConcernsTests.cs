using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Tests.PingModule;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>
/// A handler that can tell from the event alone that it ignores it (<c>Concerns</c>, ADR 0026) neither runs nor
/// writes an inbox row: ignoring is idempotent, so there is nothing to remember.
/// </summary>
public abstract class InboxConcernsTests(DatabaseProvider provider) : IAsyncLifetime
{
    private PingHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await PingHost.StartAsync(provider);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task An_event_the_handler_does_not_concern_itself_with_leaves_no_inbox_row()
    {
        await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand("marked: for me")));
        await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand("for someone else")));

        Assert.Equal(2, await _host.Processor.ProcessBatchAsync(CancellationToken.None));

        var handlers = await _host.ReadAsync(db => db.InboxMessages.Select(m => m.Handler).ToListAsync());
        Assert.Single(handlers, h => h == typeof(MarkedPingsOnly).FullName);
        Assert.Equal(2, handlers.Count(h => h == typeof(PingReceivedHandler).FullName)); // the other handlers as before
    }
}

/// <summary>Concerns itself only with pings saying "marked: …", and does nothing else with them.</summary>
internal sealed class MarkedPingsOnly(IUnitOfWorkLocator unitOfWorks)
    : Crm.BuildingBlocks.Application.Messaging.IntegrationEventHandler<PingSentIntegrationEvent>(unitOfWorks)
{
    protected override bool Concerns(PingSentIntegrationEvent integrationEvent) => integrationEvent.Text.StartsWith("marked:", StringComparison.Ordinal);

    protected override Task HandleAsync(PingSentIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

[Trait("Provider", "Sqlite")]
public sealed class InboxConcernsSqliteTests() : InboxConcernsTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class InboxConcernsPostgresTests() : InboxConcernsTests(DatabaseProvider.Postgres);
