using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Common;
using Crm.Modules.Quality.Application.Figures;
using Crm.Modules.Quality.Application.Processes;
using Crm.Modules.Quality.Infrastructure.Api;
using Crm.Modules.Quality.Infrastructure.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Modules.Quality.Infrastructure;

/// <summary>Complaints and violations (ADR 0084): services, endpoints, the actions, task types and processes offered.</summary>
internal static class ComplaintsRegistration
{
    public static IServiceCollection AddComplaints(this IServiceCollection services)
    {
        services.AddScoped<QualityPeople>();
        services.AddScoped<QualityActionPerformer>();
        services.AddScoped<IQualityCounts, QualityCounts>();
        services.AddHostedService<ComplaintsAnnouncer>();
        return services;
    }

    public static void MapComplaints(this IEndpointRouteBuilder group)
    {
        group.MapComplaintEndpoints();
        group.MapViolationEndpoints();
        group.MapFigureEndpoints();
    }
}

/// <summary>On every start-up Quality tells processes what it performs, the task types and the complaint processes (through its outbox).</summary>
internal sealed class ComplaintsAnnouncer(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(QualityActionCatalog));
        using var work = unitOfWork.Begin();
        unitOfWork.Publish(QualityActionCatalog.Offer());
        unitOfWork.Publish(ComplaintTaskTypes.Offer()); // before the templates that name them (ADR 0082)
        unitOfWork.Publish(ComplaintProcessTemplates.Offer());
        await work.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
