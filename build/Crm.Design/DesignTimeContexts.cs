using Crm.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Design;

/// <summary>
/// Contexts for dotnet-ef, on SQLite: build/ef.sh makes the drafts it writes provider-neutral. A module adds a
/// one-line subclass here to get migrations drafted.
/// </summary>
public abstract class DesignTimeFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : ModuleDbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var schema = (string)typeof(TContext).GetField("SchemaName")!.GetValue(null)!;
        var options = new DbContextOptionsBuilder<TContext>();
        ModuleDatabaseRegistration.Configure(options, DatabaseProvider.Sqlite, "Data Source=design.db", schema);
        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}

public sealed class TaskingDesignTimeFactory : DesignTimeFactory<Crm.Modules.Tasking.Infrastructure.Persistence.TaskingDbContext>;

public sealed class ProcessesDesignTimeFactory : DesignTimeFactory<Crm.Modules.Processes.Infrastructure.Persistence.ProcessesDbContext>;

public sealed class SalesDesignTimeFactory : DesignTimeFactory<Crm.Modules.Sales.Infrastructure.Persistence.SalesDbContext>;
public sealed class ServiceStationDesignTimeFactory : DesignTimeFactory<Crm.Modules.ServiceStation.Infrastructure.Persistence.ServiceStationDbContext>;
public sealed class SparePartsDesignTimeFactory : DesignTimeFactory<Crm.Modules.SpareParts.Infrastructure.Persistence.SparePartsDbContext>;
public sealed class QualityDesignTimeFactory : DesignTimeFactory<Crm.Modules.Quality.Infrastructure.Persistence.QualityDbContext>;
