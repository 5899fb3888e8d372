using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Reminders.Rules;

/// <summary>A reminder by e-mail, SMS or Telegram goes somewhere: the employee needs that contact in their settings.</summary>
public sealed class ReminderNeedsContactRule(ReminderChannel channel, string? contact) : IBusinessRule
{
    public string Code => "reminder.no-contact";

    public string Message => $"Reminders by {channel} need {NotificationSettings.ContactName(channel)} in the employee's notification settings.";

    public bool IsBroken() => channel != ReminderChannel.Informer && string.IsNullOrWhiteSpace(contact);
}
