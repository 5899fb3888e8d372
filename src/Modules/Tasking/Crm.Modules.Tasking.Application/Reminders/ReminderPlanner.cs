using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.Reminders;

/// <summary>What a postponer asked for about reminders: an offset and channel of their own, none, or the type's default.</summary>
public sealed record ReminderRequest(TimeSpan? Offset, ReminderChannel? Channel, bool None)
{
    public static ReminderRequest Default { get; } = new(null, null, false);
}

/// <summary>
/// Turns a postponer's request into a plan: their own offset, else the task type's default; their chosen channel,
/// else their preferred one, with the contact from their settings. No offset from either: no reminder.
/// </summary>
public sealed class ReminderPlanner(IReadRepository<NotificationSettings> settings)
{
    public async Task<ReminderPlan?> PlanAsync(ReminderRequest request, TaskType type, EmployeeId employee, CancellationToken cancellationToken)
    {
        if (request.None || (request.Offset ?? type.DefaultReminderOffset) is not { } offset)
        {
            return null;
        }

        var mine = await settings.FirstOrDefaultAsync(new NotificationSettingsSpec(employee), cancellationToken) ?? NotificationSettings.Default(employee);
        var channel = request.Channel ?? mine.Channel;
        return new ReminderPlan(employee, channel, mine.ContactFor(channel), offset);
    }
}
