using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Clients;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.ServiceStation.Domain.Estimates;
using Crm.Modules.ServiceStation.Domain.Maintenance;
using Crm.Modules.ServiceStation.Domain.Staff;
using Crm.Modules.ServiceStation.Domain.Telephony;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.ServiceStation.Infrastructure.Persistence;

/// <summary>The Service Station module's own database: schema "service_station" on PostgreSQL, uniquely named tables on SQLite.</summary>
public sealed class ServiceStationDbContext(DbContextOptions<ServiceStationDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "service_station";

    public override string Schema => SchemaName;

    public DbSet<KnownClient> Clients => Set<KnownClient>();

    public DbSet<Vehicle> Vehicles => Set<Vehicle>();

    public DbSet<Estimate> Estimates => Set<Estimate>();

    public DbSet<Bay> Bays => Set<Bay>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<WorkOrder> WorkOrders => Set<WorkOrder>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<TelephonyDelivery> TelephonyDeliveries => Set<TelephonyDelivery>();

    public DbSet<StationEmployee> Staff => Set<StationEmployee>();

    public DbSet<MaintenanceRule> MaintenanceRules => Set<MaintenanceRule>();

    public DbSet<MaintenanceDue> MaintenanceDues => Set<MaintenanceDue>();
}
