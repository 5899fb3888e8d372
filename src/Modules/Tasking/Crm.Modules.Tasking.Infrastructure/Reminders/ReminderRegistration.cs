using Crm.Modules.Tasking.Application.Reminders;
using Crm.Modules.Tasking.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Tasking.Infrastructure.Reminders;

internal static class ReminderRegistration
{
    public static void AddReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ReminderOptions>(configuration.GetSection(ReminderOptions.Section));
        services.AddScoped<ReminderPlanner>();
        services.AddScoped<Application.Alerts.AlertRecipients>();
        services.AddScoped<IReminderReader, ReminderReader>();
        services.AddScoped<IReminderAdapter, FolderReminderAdapter>();
        services.AddScoped<IReminderAdapter, SmtpReminderAdapter>();
        services.AddScoped<IReminderAdapter, TelegramReminderAdapter>();
        services.AddSingleton<ReminderDeliveryJob>();
        services.AddSingleton<ITaskingJob>(sp => sp.GetRequiredService<ReminderDeliveryJob>());
    }
}
