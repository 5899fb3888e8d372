using Crm.BuildingBlocks.Application.Behaviors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Tests.PingModule;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.BuildingBlocks.Tests;

/// <summary>The pipeline's fixed order, specifications evaluated by the database, and optimistic concurrency.</summary>
public abstract class PipelineAndPersistenceTests(DatabaseProvider provider) : IAsyncLifetime
{
    private PingHost _host = null!;

    public async ValueTask InitializeAsync() => _host = await PingHost.StartAsync(provider);

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Behaviours_run_logging_then_validation_then_unit_of_work()
    {
        var order = await _host.InScopeAsync(sp => Task.FromResult(
            sp.GetServices<IPipelineBehavior<SendPingCommand, Guid>>().Select(b => b.GetType().GetGenericTypeDefinition()).ToList()));

        Assert.Equal([typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)], order);
    }

    [Fact]
    public async Task Invalid_commands_stop_at_validation_and_save_nothing()
    {
        var failure = await Assert.ThrowsAsync<ValidationException>(() =>
            _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand(""))));

        Assert.Equal(nameof(SendPingCommand.Text), Assert.Single(failure.Errors).PropertyName);
        Assert.Equal(0, await _host.ReadAsync(db => db.Pings.CountAsync()));
        Assert.Equal(0, await _host.ReadAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_specification_filters_orders_pages_and_projects_in_the_database()
    {
        foreach (var order in new[] { 5, 10, 20, 30, 40, 50 })
        {
            await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand($"p{order}", order)));
        }

        var texts = await _host.InScopeAsync(sp => sp.GetRequiredService<IReadRepository<Ping>>().ListAsync(new PingsByOrderSpec(skip: 1, take: 3)));
        var count = await _host.InScopeAsync(sp => sp.GetRequiredService<IReadRepository<Ping>>().CountAsync(new PingsByOrderSpec(skip: 1, take: 3)));

        Assert.Equal(["p40", "p30", "p20"], texts);
        Assert.Equal(5, count); // counting ignores paging
    }

    [Fact]
    public async Task A_write_based_on_a_stale_version_is_refused()
    {
        var id = new PingId(await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new SendPingCommand("v0"))));
        await using var first = _host.Services.CreateAsyncScope();
        await using var second = _host.Services.CreateAsyncScope();
        var mine = await first.ServiceProvider.GetRequiredService<PingDbContext>().Pings.SingleAsync(p => p.Id == id);
        var theirs = await second.ServiceProvider.GetRequiredService<PingDbContext>().Pings.SingleAsync(p => p.Id == id);

        theirs.Edit("theirs", DateTime.UtcNow);
        await CommitAsync(second.ServiceProvider);
        mine.Edit("mine", DateTime.UtcNow);

        await Assert.ThrowsAsync<Crm.BuildingBlocks.Application.Errors.ConcurrencyConflictException>(() => CommitAsync(first.ServiceProvider));
        var saved = await _host.ReadAsync(db => db.Pings.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal(("theirs", 1), (saved.Text, saved.Version));
    }

    [Fact]
    public async Task A_command_marked_so_runs_again_when_another_writer_created_its_row_first()
    {
        var id = Guid.NewGuid();

        var outcome = await _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new WritePingRetriedCommand(id, "mine", RaceOnce: true)));

        Assert.Equal("edited", outcome); // the second run found the other writer's row
        var saved = await _host.ReadAsync(db => db.Pings.AsNoTracking().SingleAsync(p => p.Id == new PingId(id)));
        Assert.Equal("mine", saved.Text);
    }

    [Fact]
    public async Task An_unmarked_command_that_loses_the_race_for_a_new_row_is_a_duplicate_and_saves_nothing_of_its_own()
    {
        var id = Guid.NewGuid();

        await Assert.ThrowsAsync<Crm.BuildingBlocks.Application.Errors.DuplicateKeyException>(() =>
            _host.InScopeAsync(sp => sp.GetRequiredService<IMediator>().Send(new WritePingCommand(id, "mine", RaceOnce: true))));

        Assert.Equal("theirs", (await _host.ReadAsync(db => db.Pings.AsNoTracking().SingleAsync(p => p.Id == new PingId(id)))).Text);
    }

    private static async Task CommitAsync(IServiceProvider services)
    {
        using var scope = services.GetRequiredService<IUnitOfWorkLocator>().For(typeof(Ping)).Begin();
        await scope.CommitAsync(CancellationToken.None);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class PipelineAndPersistenceSqliteTests() : PipelineAndPersistenceTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class PipelineAndPersistencePostgresTests() : PipelineAndPersistenceTests(DatabaseProvider.Postgres);
