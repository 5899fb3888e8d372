using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Application.Bookings;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Infrastructure.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Modules.ServiceStation.Infrastructure;

/// <summary>The station's documents (vehicles, estimates, bays, bookings, work orders, the schedule): services and endpoints.</summary>
internal static class DocumentsRegistration
{
    public static IServiceCollection AddStationDocuments(this IServiceCollection services)
    {
        services.AddScoped<BayConflicts>();
        services.AddScoped<BookingDesk>();
        services.AddScoped<ContactOutcome>();
        services.AddScoped<Application.Staff.MasterConsultants>();
        services.AddScoped<DocumentActionPerformer>();
        services.AddScoped<Application.Invitations.ClientInvitation>();
        services.AddHostedService<DocumentActionsAnnouncer>();
        return services;
    }

    public static void MapStationDocuments(this IEndpointRouteBuilder group)
    {
        group.MapVehicleEndpoints();
        group.MapEstimateAndBayEndpoints();
        group.MapBookingEndpoints();
        group.MapWorkOrderEndpoints();
    }
}

/// <summary>
/// On every start-up the station tells processes which actions it performs and which process templates it ships,
/// and Tasking which task types its processes use (through its outbox, like any event).
/// </summary>
internal sealed class DocumentActionsAnnouncer(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(ServiceStationActionCatalog));
        using var work = unitOfWork.Begin();
        unitOfWork.Publish(ServiceStationActionCatalog.Offer());
        unitOfWork.Publish(StationTaskTypes.Offer());
        unitOfWork.Publish(StationProcessTemplates.Offer());
        await work.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
