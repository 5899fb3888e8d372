using System.Reflection;
using Crm.BuildingBlocks.Infrastructure.Modules;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Quality.Application.Processes;
using Crm.Modules.Quality.Domain.Staff;
using Crm.Modules.Quality.Infrastructure.Api;
using Crm.Modules.Quality.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Quality.Infrastructure;

/// <summary>Quality: surveys after service, complaints and violations, each driven by tasks, and the figures per employee.</summary>
public sealed class QualityModule : IModule
{
    public const string Section = "Quality";

    public string Name => QualityFacts.Module; // the route segment and the schema

    public IReadOnlyCollection<Assembly> Assemblies { get; } = [typeof(QualityFacts).Assembly, typeof(QualityModule).Assembly];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<QualityDbContext>(QualityDbContext.SchemaName, typeof(QualityEmployee).Assembly, typeof(QualityFacts).Assembly);
        services.AddComplaints(); // complaints and violations (ADR 0084)
        services.AddSurveys(configuration); // surveys after service (ADR 0083)
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapStaffEndpoints();
        group.MapComplaints();
        group.MapSurveyEndpoints();
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) => DemoData.SurveyDemoData.SeedAsync(services, cancellationToken);
}
