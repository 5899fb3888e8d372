using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Application.Processes;
using Crm.Modules.Quality.Application.Surveys.Scheduling;
using Crm.Modules.Quality.Infrastructure.Surveys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Crm.Modules.Quality.Infrastructure;

/// <summary>Surveys after service (ADR 0083): the scheduler, the due-survey job and its timer, the process and task types offered.</summary>
internal static class SurveyRegistration
{
    public static IServiceCollection AddSurveys(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<SurveyScheduler>();
        services.Configure<SurveyDueOptions>(configuration.GetSection(SurveyDueOptions.Section));
        services.AddSingleton<SurveyDueJob>();
        services.AddHostedService<SurveyDueHost>();
        services.AddHostedService<SurveyProcessAnnouncer>();
        return services;
    }
}

/// <summary>On every start-up Quality offers the survey's task types and then the "Quality survey" process that names them (through its outbox).</summary>
internal sealed class SurveyProcessAnnouncer(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWorkLocator>().For(typeof(SurveyTaskTypes));
        using var work = unitOfWork.Begin();
        unitOfWork.Publish(SurveyTaskTypes.Offer());
        unitOfWork.Publish(SurveyProcessTemplates.Offer());
        await work.CommitAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
