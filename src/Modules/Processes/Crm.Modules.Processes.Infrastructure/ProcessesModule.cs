using System.Reflection;
using Crm.BuildingBlocks.Infrastructure.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Processes.Infrastructure;

/// <summary>Processes: definitions drawn as block graphs and the engine that runs them on objects (being built).</summary>
public sealed class ProcessesModule : IModule
{
    public string Name => "processes";

    public IReadOnlyCollection<Assembly> Assemblies { get; } = [typeof(ProcessesModule).Assembly];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
    }
}
