using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Crm.Host.Tests.Fuzz;

/// <summary>
/// The host the fuzz runs against, keeping what it logs: a fault's report quotes the exception the host logged,
/// since a 500's body only says "quote the correlation id" and a CI run keeps nothing else.
/// </summary>
public abstract class FuzzApi(DatabaseProvider provider) : ApiFixture(provider)
{
    public CapturedLogs Logs { get; } = new();

    public override CrmApiFactory CreateFactory() => new(Database, Clock, services: services => services.AddSingleton<ILoggerProvider>(Logs));

    /// <summary>The distinct exceptions the host logged as errors, the first lines of each.</summary>
    public IReadOnlyList<string> LoggedExceptions() => Logs.Entries
        .Where(l => l.Level >= LogLevel.Error && l.Exception is not null)
        .Select(l => string.Join(Environment.NewLine, l.Exception!.ToString().Split('\n').Take(12)).TrimEnd())
        .Distinct()
        .Take(5)
        .ToList();
}

public sealed class FuzzSqliteApi() : FuzzApi(DatabaseProvider.Sqlite);

public sealed class FuzzPostgresApi() : FuzzApi(DatabaseProvider.Postgres);
