using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Infrastructure.Modules;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace Crm.BuildingBlocks.Tests.PingModule;

/// <summary>The ping module wired exactly as the host wires a module, on a fresh database, with the dispatcher off.</summary>
public sealed class PingHost : IAsyncDisposable
{
    private PingHost(TestDatabase database, TestClock clock)
    {
        Database = database;
        Clock = clock;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; private set; } = null!;

    public TestClock Clock { get; }

    public static async Task<PingHost> StartAsync(DatabaseProvider provider, Action<IServiceCollection>? configure = null)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var services = new ServiceCollection();
        var started = new PingHost(database, new TestClock());
        services.AddLogging();
        services.AddSingleton<TimeProvider>(started.Clock);
        services.AddSingleton<IHostEnvironment>(new TestEnvironment());
        services.Configure<DatabaseOptions>(o =>
        {
            o.Provider = provider;
            o.ConnectionString = database.ConnectionString;
        });
        services.Configure<OutboxOptions>(o =>
        {
            o.Enabled = false;
            o.BatchSize = 20;
            o.Retry = new OutboxRetryPolicy { MaxAttempts = 3, FirstDelay = TimeSpan.FromSeconds(1) };
        });
        services.AddSingleton<OutboxSignal.Registry>();
        services.AddScoped<IUnitOfWorkLocator, UnitOfWorkLocator>();
        services.AddModuleDatabase<PingDbContext>(PingDbContext.SchemaName, typeof(PingDbContext).Assembly);
        services.AddMediatorWithModules([typeof(PingDbContext).Assembly]);
        services.AddMappingWithModules([typeof(PingDbContext).Assembly]);
        configure?.Invoke(services);

        started.Services = services.BuildServiceProvider();
        await using var scope = started.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PingDbContext>();
        await db.Database.EnsureCreatedAsync();
        if (provider == DatabaseProvider.Sqlite)
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
        }

        return started;
    }

    public OutboxProcessor<PingDbContext> Processor => Services.GetRequiredService<OutboxProcessor<PingDbContext>>();

    public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> ReadAsync<T>(Func<PingDbContext, Task<T>> query) =>
        InScopeAsync(sp => query(sp.GetRequiredService<PingDbContext>()));

    /// <summary>Edits a ping (each text one change, all in one commit), a millisecond after the commit before.</summary>
    public async Task EditAsync(Guid ping, params string[] texts)
    {
        Clock.Advance(TimeSpan.FromMilliseconds(1)); // commits on one aggregate follow each other in time
        await InScopeAsync(async sp =>
        {
            var aggregate = await sp.GetRequiredService<PingDbContext>().Pings.AsTracking().SingleAsync(p => p.Id == new PingId(ping));
            var prefix = aggregate.Text.Split(':')[0];
            foreach (var text in texts)
            {
                aggregate.Edit($"{prefix}:{text}", Clock.GetUtcNow().UtcDateTime);
            }

            using var scope = sp.GetRequiredService<IUnitOfWorkLocator>().For(typeof(Ping)).Begin();
            await scope.CommitAsync(CancellationToken.None);
            return 0;
        });
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";

        public string ApplicationName { get; set; } = "Crm.BuildingBlocks.Tests";

        public string ContentRootPath { get; set; } = Path.GetTempPath();

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
