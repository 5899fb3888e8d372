using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.ServiceStation.Domain.Clients;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence;

/// <summary>The Service Station module's own database: schema "service_station" on PostgreSQL, uniquely named tables on SQLite.</summary>
public sealed class ServiceStationDbContext(DbContextOptions<ServiceStationDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "service_station";

    public override string Schema => SchemaName;

    public DbSet<KnownClient> Clients => Set<KnownClient>();
}
