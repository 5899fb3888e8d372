using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Tests.PingModule;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>"Load it or 404", the one helper every use case loads an aggregate by id with, on a real database.</summary>
public abstract class RepositoryLoadingTests(DatabaseProvider provider) : IAsyncLifetime
{
    private PingHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await PingHost.StartAsync(provider);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task An_unknown_id_is_a_404_naming_what_was_looked_for()
    {
        var unknown = Guid.NewGuid();

        var read = await Assert.ThrowsAsync<NotFoundException>(() => _host.InScopeAsync(sp =>
            sp.GetRequiredService<IReadRepository<Ping>>().FirstOrNotFoundAsync(new PingByIdSpec(unknown), "Ping", unknown, CancellationToken.None)));
        var change = await Assert.ThrowsAsync<NotFoundException>(() => _host.InScopeAsync(sp =>
            sp.GetRequiredService<IRepository<Ping>>().LoadForUpdateAsync(new PingByIdSpec(unknown, forUpdate: true), "Ping", unknown, CancellationToken.None)));

        Assert.All([read, change], e => Assert.Equal(("ping.not-found", $"Ping '{unknown}' was not found."), (e.Code, e.Message)));
    }

    [Fact]
    public async Task A_change_to_an_aggregate_loaded_for_update_is_saved()
    {
        var id = await SendAsync("before");

        await _host.InScopeAsync(async sp =>
        {
            var ping = await sp.GetRequiredService<IRepository<Ping>>().LoadForUpdateAsync(new PingByIdSpec(id, forUpdate: true), "Ping", id, CancellationToken.None);
            ping.Edit("after", DateTime.UtcNow);
            await CommitAsync(sp);
            return 0;
        });

        Assert.Equal("after", await _host.ReadAsync(db => db.Pings.AsNoTracking().Where(p => p.Id == new PingId(id)).Select(p => p.Text).SingleAsync()));
    }

    [Fact]
    public async Task A_specification_that_does_not_track_is_refused_since_the_change_would_be_lost()
    {
        var id = await SendAsync("ping");

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => _host.InScopeAsync(sp =>
            sp.GetRequiredService<IRepository<Ping>>().LoadForUpdateAsync(new PingByIdSpec(id), "Ping", id, CancellationToken.None)));

        Assert.Contains(nameof(PingByIdSpec), refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_version_the_user_saw_a_change_made_since_makes_the_save_a_conflict()
    {
        var id = await SendAsync("v0");
        await _host.EditAsync(id, "v1"); // somebody else's change ("v0:v1"): version 1

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => _host.InScopeAsync(async sp =>
        {
            var ping = await sp.GetRequiredService<IRepository<Ping>>().LoadForUpdateAsync(
                new PingByIdSpec(id, forUpdate: true), "Ping", id, CancellationToken.None, expectedVersion: 0);
            ping.Edit("mine", DateTime.UtcNow);
            await CommitAsync(sp);
            return 0;
        }));

        Assert.Equal("v0:v1", await _host.ReadAsync(db => db.Pings.AsNoTracking().Where(p => p.Id == new PingId(id)).Select(p => p.Text).SingleAsync()));
    }

    private Task<Guid> SendAsync(string text) =>
        _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand(text)));

    private static async Task CommitAsync(IServiceProvider services)
    {
        using var scope = services.GetRequiredService<IUnitOfWorkLocator>().For(typeof(Ping)).Begin();
        await scope.CommitAsync(CancellationToken.None);
    }

    private sealed class PingByIdSpec : Specification<Ping>
    {
        public PingByIdSpec(Guid id, bool forUpdate = false)
        {
            var pingId = new PingId(id);
            Query.Where(p => p.Id == pingId);
            if (forUpdate)
            {
                Query.AsTracking();
            }
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class RepositoryLoadingSqliteTests() : RepositoryLoadingTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class RepositoryLoadingPostgresTests() : RepositoryLoadingTests(DatabaseProvider.Postgres);
