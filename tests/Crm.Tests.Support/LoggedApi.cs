using Crm.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Tests.Support;

/// <summary>The host logging at Information, database commands included, into <see cref="Logs"/> beside its console.</summary>
public abstract class LoggedApi(DatabaseProvider provider) : ApiFixture(provider)
{
    public CapturedLogs Logs { get; } = new();

    public override CrmApiFactory CreateFactory() => new(
        Database,
        Clock,
        settings: new Dictionary<string, string>
        {
            ["Serilog:MinimumLevel"] = "Information",
            ["Serilog:MinimumLevel:Override:" + "Microsoft.EntityFrameworkCore.Database.Command"] = "Information",
        },
        services: services => services.AddSingleton<ILoggerProvider>(Logs));
}

public sealed class SqliteLoggedApi() : LoggedApi(DatabaseProvider.Sqlite);

public sealed class PostgresLoggedApi() : LoggedApi(DatabaseProvider.Postgres);
