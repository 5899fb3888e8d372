using System.Reflection;
using Crm.BuildingBlocks.Application.Behaviors;
using Crm.BuildingBlocks.Application.Messaging;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// MediatR 5 has no DI package: the mediator is registered by hand and handlers, validators and mappers are
/// found by Scrutor. Pipeline behaviours are registered explicitly because their order is their meaning —
/// MediatR 5 runs the first registered outermost: logging → validation → unit of work → handler.
/// </summary>
public static class MediatorRegistration
{
    public static IServiceCollection AddMediatorWithModules(this IServiceCollection services, IEnumerable<Assembly> assemblies)
    {
        services.AddScoped<ServiceFactory>(sp => sp.GetService!); // GetService: MediatR 5 expects null for "no handler"
        services.AddScoped<IMediator, Mediator>();

        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(LoggingBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehavior<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(UnitOfWorkBehavior<,>));

        services.Scan(scan => scan.FromAssemblies(assemblies.Distinct())
            .AddClasses(c => c.AssignableTo(typeof(IRequestHandler<,>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(INotificationHandler<>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo(typeof(IValidator<>)), publicOnly: false).AsImplementedInterfaces().WithScopedLifetime()
            .AddClasses(c => c.AssignableTo<IIntegrationEventMapper>(), publicOnly: false).As<IIntegrationEventMapper>().WithSingletonLifetime());
        return services;
    }
}
