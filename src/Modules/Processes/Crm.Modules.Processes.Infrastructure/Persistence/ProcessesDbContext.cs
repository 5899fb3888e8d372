using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Domain.Runtime;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Processes.Infrastructure.Persistence;

/// <summary>Processes' own database: schema "processes" on PostgreSQL, "Process…"-named tables on SQLite.</summary>
public sealed class ProcessesDbContext(DbContextOptions<ProcessesDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "processes";

    public override string Schema => SchemaName;

    public DbSet<ProcessDefinition> Definitions => Set<ProcessDefinition>();

    public DbSet<ProcessVersion> Versions => Set<ProcessVersion>();

    public DbSet<ProcessInstance> Instances => Set<ProcessInstance>();

    public DbSet<TraceEntry> Trace => Set<TraceEntry>();

    public DbSet<ProcessTimer> Timers => Set<ProcessTimer>();

    public DbSet<ProcessRequest> Requests => Set<ProcessRequest>();

    public DbSet<ObjectSnapshot> Snapshots => Set<ObjectSnapshot>();

    public DbSet<OfferedActionEntry> OfferedActions => Set<OfferedActionEntry>();
}
