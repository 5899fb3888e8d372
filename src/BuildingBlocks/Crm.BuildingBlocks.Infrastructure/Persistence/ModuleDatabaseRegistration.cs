using System.Reflection;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>A module database the host migrates, health-checks and dispatches the outbox of.</summary>
public sealed record ModuleDatabase(Type ContextType, string Schema)
{
    /// <summary>Runs <paramref name="work"/> on a context of this module in a scope of its own.</summary>
    public async Task<T> WithContextAsync<T>(IServiceScopeFactory scopes, Func<ModuleDbContext, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work((ModuleDbContext)scope.ServiceProvider.GetRequiredService(ContextType));
    }
}

public static class ModuleDatabaseRegistration
{
    /// <summary>
    /// Registers a module's DbContext on the configured provider, its unit of work (serving requests and handlers
    /// declared in <paramref name="ownedAssemblies"/>: the module's Domain and Application), a repository for each
    /// aggregate root found there, and its outbox dispatcher.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TContext>(
        this IServiceCollection services, string schema, params Assembly[] ownedAssemblies)
        where TContext : ModuleDbContext
    {
        // Pooled: every trigger opens several short scopes, and a context from the pool skips most of the set-up
        // (ADR 0026). The options come from singletons only (DatabaseOptions, the host environment).
        services.AddDbContextPool<TContext>((sp, options) => Configure(options, sp, schema));
        services.AddSingleton(new ModuleDatabase(typeof(TContext), schema));
        services.AddScoped<UnitOfWork<TContext>>();
        services.AddSingleton(new ModuleUnitOfWorkRegistration([typeof(TContext).Assembly, .. ownedAssemblies], typeof(UnitOfWork<TContext>)));
        services.AddSingleton<OutboxProcessor<TContext>>();
        services.AddHostedService<OutboxDispatcherHost<TContext>>();
        AddRepositories<TContext>(services, ownedAssemblies);
        return services;
    }

    public static void Configure(DbContextOptionsBuilder options, IServiceProvider services, string schema)
    {
        var database = services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var connectionString = database.ResolveConnectionString(services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        Configure(options, database.Provider, connectionString, schema, database.SqliteSynchronous);
    }

    public static void Configure(
        DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString, string schema, SqliteSynchronous synchronous = SqliteSynchronous.Normal)
    {
        // A failed command is not by itself an error of the host: the exception goes on to whoever ran it, which
        // logs at the level of what happened (a handled race between replicas, bad input refused with 400, or a
        // 500 with its correlation id). EF Core would log each as an error first.
        options.ConfigureWarnings(w => w.Log(
            (CoreEventId.SaveChangesFailed, LogLevel.Debug), (CoreEventId.QueryIterationFailed, LogLevel.Debug), (RelationalEventId.CommandError, LogLevel.Debug)));
        switch (provider)
        {
            case DatabaseProvider.Postgres:
                options.UseNpgsql(PostgresConnectionDefaults.Apply(connectionString), o => o.MigrationsHistoryTable("__EFMigrationsHistory", schema)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                break;
            case DatabaseProvider.SqlServer:
                // The same provider-neutral migrations; the few filter idioms T-SQL lacks are written its way (ADR 0058).
                options.UseSqlServer(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory", schema)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                options.ReplaceService<IMigrationsSqlGenerator, SqlServerNeutralMigrationsSqlGenerator>();
                break;
            default:
                // SQLite has no schemas: each module keeps its own history table, and tables are named uniquely.
                options.UseSqlite(connectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory_" + schema)
                    .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
                options.ConfigureWarnings(w => w.Ignore(SqliteEventId.SchemaConfiguredWarning));
                options.AddInterceptors(SqlitePragmas.For(synchronous));
                break;
        }
    }

    /// <summary>An <see cref="IRepository{T}"/> for every aggregate root the context maps.</summary>
    private static void AddRepositories<TContext>(IServiceCollection services, Assembly[] ownedAssemblies)
        where TContext : ModuleDbContext
    {
        var roots = ownedAssemblies.Append(typeof(TContext).Assembly)
            .Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IAggregateRoot).IsAssignableFrom(t));
        foreach (var root in roots)
        {
            services.AddScoped(typeof(IRepository<>).MakeGenericType(root), typeof(EfRepository<,>).MakeGenericType(typeof(TContext), root));
            services.AddScoped(typeof(IReadRepository<>).MakeGenericType(root), typeof(EfRepository<,>).MakeGenericType(typeof(TContext), root));
        }
    }
}

/// <summary>Starts the dispatcher only where <c>Outbox:Enabled</c> is on (tests drive the processor by hand).</summary>
internal sealed class OutboxDispatcherHost<TContext>(IServiceProvider services, IOptions<OutboxOptions> options) : IHostedService
    where TContext : ModuleDbContext
{
    private OutboxDispatcher<TContext>? _dispatcher;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return Task.CompletedTask;
        }

        _dispatcher = ActivatorUtilities.CreateInstance<OutboxDispatcher<TContext>>(services);
        return _dispatcher.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _dispatcher?.StopAsync(cancellationToken) ?? Task.CompletedTask;
}
