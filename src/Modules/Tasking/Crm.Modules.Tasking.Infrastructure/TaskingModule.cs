using System.Reflection;
using Crm.BuildingBlocks.Infrastructure.Modules;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.RefusalReasons;
using Crm.Modules.Tasking.Application.Statistics;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Infrastructure.Api;
using Crm.Modules.Tasking.Infrastructure.DemoData;
using Crm.Modules.Tasking.Infrastructure.Jobs;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Crm.Modules.Tasking.Infrastructure.Reminders;
using Crm.Modules.Tasking.Infrastructure.Staff;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Tasking.Infrastructure;

/// <summary>Tasking: staff, task types and tasks — the inbox people work in.</summary>
public sealed class TaskingModule : IModule
{
    public string Name => TaskingDbContext.SchemaName;

    public IReadOnlyCollection<Assembly> Assemblies { get; } = [typeof(TaskActions).Assembly, typeof(TaskingModule).Assembly];

    public void Register(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDatabase<TaskingDbContext>(TaskingDbContext.SchemaName, typeof(WorkTask).Assembly, typeof(TaskActions).Assembly);
        services.AddScoped<StaffMember>();
        services.AddScoped<TaskActions>();
        services.AddScoped<TaskNames>();
        services.AddScoped<RefusalReasonDirectory>();
        services.AddScoped<TaskTypeDirectory>();
        services.AddScoped<Application.Subjects.SubjectDirectory>();
        services.AddScoped<Application.Staff.StaffLookup>();
        services.AddScoped<Addressees>();
        services.AddSingleton<ITaskNumbers, TaskNumbers>();
        services.AddScoped<IStaffRoster, TaskingStaffRoster>();
        services.AddScoped<ICappedCounter, CappedCounter>();
        services.AddScoped<ITaskStatisticsReader, TaskStatisticsReader>();
        services.AddScoped<StatisticsReader>();
        services.Configure<TaskingJobsOptions>(configuration.GetSection("Tasking:Jobs"));
        services.AddSingleton<TaskTimeoutJob>();
        services.AddSingleton<ITaskingJob>(sp => sp.GetRequiredService<TaskTimeoutJob>());
        services.AddSingleton<PostponedTaskReturnJob>();
        services.AddSingleton<ITaskingJob>(sp => sp.GetRequiredService<PostponedTaskReturnJob>());
        services.AddReminders(configuration);
        services.AddHostedService<TaskingJobsHost>();
        services.AddHostedService<StaffRollCall>();
    }

    public void MapEndpoints(IEndpointRouteBuilder group)
    {
        group.MapTaskEndpoints();
        group.MapTaskTypeEndpoints();
        group.MapStaffEndpoints();
        group.MapEmployeeCardEndpoints();
        group.MapRefusalReasonEndpoints();
        group.MapTaskFollowUpEndpoints();
        group.MapManualTaskEndpoints();
        group.MapReminderEndpoints();
        group.MapSavedFilterEndpoints();
        group.MapStatisticsEndpoints();
    }

    public Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        TaskingDemoData.SeedAsync(services, cancellationToken);
}
