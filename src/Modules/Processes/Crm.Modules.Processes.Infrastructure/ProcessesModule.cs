using System.Reflection;
using Crm.BuildingBlocks.Infrastructure.Modules;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Processes.Application.Common;
using Crm.Modules.Processes.Application.Definitions;
using Crm.Modules.Processes.Application.Engine;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Infrastructure.Api;
using Crm.Modules.Processes.Infrastructure.Persistence;
using Crm.Modules.Processes.Infrastructure.Timers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Processes.Infrastructure;

/// <summary>Processes: definitions drawn as block graphs, and the engine that runs them on objects and asks people for work.</summary>
public sealed class ProcessesModule : IModule
{
    public string Name => ProcessesDbContext.SchemaName;

    public IReadOnlyCollection<Assembly> Assemblies { get; } = [typeof(ProcessRunner).Assembly, typeof(ProcessesModule).Assembly];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<ProcessesDbContext>(ProcessesDbContext.SchemaName, typeof(ProcessInstance).Assembly, typeof(ProcessRunner).Assembly);
        services.AddScoped<IEngineStore, EngineStore>();
        services.AddScoped<ProcessRunner>();
        services.AddScoped<DefinitionChecks>();
        services.AddScoped<Application.Instances.ProcessStarters>();
        services.AddScoped<Application.Instances.IStartingPoints, Persistence.StartingPoints>();
        services.AddScoped<DefinitionReleases>();
        services.AddScoped<Application.Answers.TaskWithdrawal>();
        services.AddScoped<Application.Instances.TimerFiring>();
        services.AddSingleton<GraphCache>();
        services.AddSingleton<Persistence.ReleasedVersions>();
        services.AddSingleton<TimerSignal>();
        services.AddSingleton(configuration.GetSection("Processes:Engine").Get<EngineSettings>() ?? new EngineSettings());
        services.Configure<TimerOptions>(configuration.GetSection(TimerOptions.Section));
        services.AddSingleton<TimerProcessor>();
        services.AddHostedService<TimerDispatcher>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapDefinitionEndpoints();
        group.MapInstanceEndpoints();
    }
}
