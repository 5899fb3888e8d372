using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Processes.Tests.Support;

/// <summary>
/// The host with the timer dispatcher off (tests fire timers by moving the test clock and calling the processor:
/// no sleeping) and a stand-in module, <see cref="TestObjects"/>, that owns "test-order" objects and performs
/// the actions processes ask of it.
/// </summary>
public abstract class EngineApi(DatabaseProvider provider) : ApiFixture(provider)
{
    public TestObjects Objects { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public override CrmApiFactory CreateFactory() => new(
        Database,
        Clock,
        settings: new Dictionary<string, string> { ["Processes:Timers:Enabled"] = "false" },
        services: services =>
        {
            services.AddSingleton(Objects);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            services.AddScoped<INotificationHandler<BuildingBlocks.Application.Messaging.IntegrationEventNotification<Contracts.ActionRequestedIntegrationEvent>>, TestObjectsActionHandler>();
        });

    protected override async Task OnStartedAsync() => await new Engine(this).OfferActionsAsync();
}

public sealed class SqliteEngineApi() : EngineApi(DatabaseProvider.Sqlite);

public sealed class PostgresEngineApi() : EngineApi(DatabaseProvider.Postgres);
