using System.Globalization;
using Crm.Modules.Tasking.Domain.Reminders;

namespace Crm.Modules.Tasking.Application.Reminders;

/// <summary>What a reminder or alert says, the same in the informer and in a message; the moment already in the reader's zone.</summary>
public static class ReminderTexts
{
    public static string Subject(ReminderReason reason, string title) => reason switch
    {
        ReminderReason.NewTask => $"New task: {title}",
        ReminderReason.Escalation => $"Not answered in time: {title}",
        _ => $"Reminder: {title}",
    };

    /// <param name="zone">Named after the moment when the reader may not know which zone it is in (a message).</param>
    public static string Body(ReminderReason reason, long number, string title, DateTime localMoment, string? zone = null) => reason switch
    {
        ReminderReason.NewTask => string.Create(CultureInfo.InvariantCulture, $"New task {number} \"{title}\" since {localMoment:yyyy-MM-dd HH:mm}{In(zone)}."),
        ReminderReason.Escalation => string.Create(
            CultureInfo.InvariantCulture, $"Task {number} \"{title}\" was not answered within its reaction time (escalated {localMoment:yyyy-MM-dd HH:mm}{In(zone)})."),
        _ => string.Create(CultureInfo.InvariantCulture, $"Task {number} \"{title}\" is postponed until {localMoment:yyyy-MM-dd HH:mm}{In(zone)}."),
    };

    private static string In(string? zone) => zone is null ? string.Empty : $" ({zone})";
}
