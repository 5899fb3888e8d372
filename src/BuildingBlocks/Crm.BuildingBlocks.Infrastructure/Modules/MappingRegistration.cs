using System.Reflection;
using Mapster;
using MapsterMapper;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// Mapster with the modules' <see cref="IRegister"/> classes, registered by hand: Mapster.DependencyInjection is not
/// served (ADR 0061). One configuration for the host, compiled at start so a mapping that cannot be built fails there,
/// not in the first request that needs it.
/// </summary>
public static class MappingRegistration
{
    public static IServiceCollection AddMappingWithModules(this IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        var config = new TypeAdapterConfig();
        // Value objects and typed ids are copied as they are: a projection hands EF the same member it maps.
        config.Default.ShallowCopyForSameType(true);
        config.Scan(assemblies.Distinct().ToArray());
        config.Compile();
        config.CompileProjection();
        services.AddSingleton(config);
        services.AddSingleton<IMapper>(new Mapper(config));
        return services;
    }
}
