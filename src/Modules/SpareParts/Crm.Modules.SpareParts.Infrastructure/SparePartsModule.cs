using System.Reflection;
using Crm.BuildingBlocks.Infrastructure.Modules;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.SpareParts.Application.Processes;
using Crm.Modules.SpareParts.Domain.Warehouses;
using Crm.Modules.SpareParts.Infrastructure.Api;
using Crm.Modules.SpareParts.Infrastructure.Persistence;
using Crm.Modules.SpareParts.Infrastructure.Supply;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.SpareParts.Infrastructure;

/// <summary>Spare Parts: the parts catalogue, warehouses and stock, carts, customer orders with reserves and supply deadlines, sales.</summary>
public sealed class SparePartsModule : IModule
{
    public const string Section = "SpareParts";

    public string Name => SparePartsFacts.Module; // the route segment; the schema is spare_parts

    public IReadOnlyCollection<Assembly> Assemblies { get; } = [typeof(SparePartsFacts).Assembly, typeof(SparePartsModule).Assembly];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<SparePartsDbContext>(SparePartsDbContext.SchemaName, typeof(Warehouse).Assembly, typeof(SparePartsFacts).Assembly);
        services.AddStockAndOrders();
        services.AddSupplyCheck(configuration); // the robot's late-goods check (ADR 0082)
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapWarehouseEndpoints();
        group.MapPartEndpoints();
        group.MapCartEndpoints();
        group.MapStockAndOrders();
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        DemoData.SparePartsDemoData.SeedAsync(services, cancellationToken);
}
