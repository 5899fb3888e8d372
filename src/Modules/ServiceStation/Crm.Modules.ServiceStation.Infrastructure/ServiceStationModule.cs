using System.Reflection;
using Crm.BuildingBlocks.Infrastructure.Modules;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.ServiceStation.Application.Contacts;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Application.Schedule;
using Crm.Modules.ServiceStation.Application.Telephony;
using Crm.Modules.ServiceStation.Domain.Clients;
using Crm.Modules.ServiceStation.Domain.Phones;
using Crm.Modules.ServiceStation.Infrastructure.Api;
using Crm.Modules.ServiceStation.Infrastructure.Maintenance;
using Crm.Modules.ServiceStation.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.ServiceStation.Infrastructure;

/// <summary>Service Station: inbound contacts and telephony, the station's copy of clients; vehicles, bookings and work orders.</summary>
public sealed class ServiceStationModule : IModule
{
    public const string Section = "ServiceStation";

    public string Name => ServiceStationFacts.Module; // the route segment; the schema is service_station

    public IReadOnlyCollection<Assembly> Assemblies { get; } = [typeof(ServiceStationFacts).Assembly, typeof(ServiceStationModule).Assembly];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ServiceStationDbContext>(ServiceStationDbContext.SchemaName, typeof(KnownClient).Assembly, typeof(ServiceStationFacts).Assembly);
        services.AddSingleton(_ => configuration.GetSection(Section + ":Phones").Get<PhoneRegion>() ?? PhoneRegion.Default);
        services.AddStationDocuments();
        services.AddSingleton(_ => configuration.GetSection(TelephonyOptions.Section).Get<TelephonyOptions>() ?? new TelephonyOptions());
        services.AddSingleton<WebFormCounts>();
        services.AddScoped<ContactRegistration>();
        services.AddScoped<ContactReader>();
        services.AddScoped<IDayScheduleReader, DayScheduleReader>();
        services.AddScoped<Application.Contacts.TaskResults.ContactTaskResults>();
        services.AddMaintenanceCheck(configuration);
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapClientEndpoints();
        group.MapStationDocuments();
        group.MapContactEndpoints();
        group.MapPublicStationEndpoints();
        group.MapMaintenanceEndpoints();
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoData.ServiceStationDemoData.SeedAsync(services, cancellationToken);
}
