using Ardalis.Specification;
using Crm.Modules.Tasking.Domain.Reminders;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Application.Reminders;

public sealed record NotificationSettingsDto(Guid EmployeeId, ReminderChannel Channel, string? Email, string? Phone, string? TelegramChatId)
{
    public static NotificationSettingsDto From(NotificationSettings settings) =>
        new(settings.Id.Value, settings.Channel, settings.Email, settings.Phone, settings.TelegramChatId);
}

/// <summary>A reminder of a task as its card lists it; times in the reader's zone.</summary>
public sealed record TaskReminderDto(
    Guid Id, Guid EmployeeId, ReminderChannel Channel, string? Contact, TimeSpan Offset, DateTimeOffset Moment, DateTimeOffset RemindAt,
    ReminderStatus Status, int Attempts, DateTimeOffset? SentAt, string? LastError)
{
    /// <summary>A postponed task's reminder, a new-task alert, or an escalation.</summary>
    public ReminderReason Reason { get; init; }
}

/// <summary>An informer notice: which task, its title, the moment it was postponed to (in my zone), and what to read.</summary>
public sealed record InformerNoticeDto(Guid Id, Guid TaskId, long TaskNumber, string Title, DateTimeOffset Moment, DateTimeOffset ShownSince, string Text);

public sealed class NotificationSettingsSpec : Specification<NotificationSettings>
{
    public NotificationSettingsSpec(EmployeeId employee, bool forUpdate = false)
    {
        Query.Where(s => s.Id == employee);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

/// <summary>A sent informer reminder as the informer reads it (before the text is made in the reader's zone).</summary>
public sealed record InformerRow(Guid Id, Guid TaskId, long TaskNumber, string Title, DateTime MomentUtc, DateTime SentAtUtc, ReminderReason Reason = ReminderReason.Postponed);

/// <summary>Reads across tasks that the aggregate cannot answer alone: whose notices are showing.</summary>
public interface IReminderReader
{
    Task<IReadOnlyList<InformerRow>> NoticesShownAsync(EmployeeId employee, DateTime nowUtc, CancellationToken cancellationToken);
}
