using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// A bounded-context module as the host sees it. The host finds implementations in every
/// <c>*.Infrastructure</c> assembly next to it; a new module plugs in without any host change.
/// </summary>
public interface IModule
{
    /// <summary>Lower-case name: the route segment (<c>/api/&lt;name&gt;</c>) and the database schema.</summary>
    string Name { get; }

    /// <summary>Assemblies scanned for MediatR handlers, validators and integration-event mappers.</summary>
    IReadOnlyCollection<Assembly> Assemblies { get; }

    void Register(IServiceCollection services, IConfiguration configuration);

    /// <summary>Maps the module's endpoints on a group already at <c>/api/&lt;name&gt;</c> that requires an employee.</summary>
    void MapEndpoints(IEndpointRouteBuilder group);

    /// <summary>Development only: data a new user sees on first start. Must be idempotent.</summary>
    Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) => Task.CompletedTask;
}
