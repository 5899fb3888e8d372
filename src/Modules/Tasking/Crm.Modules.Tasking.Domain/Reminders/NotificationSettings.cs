using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Reminders.Rules;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Domain.Reminders;

/// <summary>
/// How one employee wants to be reminded: a preferred channel and the contacts channels need. Kept apart from the
/// employee so that reminders change without touching the staff record; an employee without a row uses the informer.
/// </summary>
public sealed class NotificationSettings : AggregateRoot<EmployeeId>
{
    public const int EmailMaxLength = 254;
    public const int PhoneMaxLength = 32;
    public const int TelegramChatIdMaxLength = 64;

    private NotificationSettings()
    {
    }

    public ReminderChannel Channel { get; private set; }

    public string? Email { get; private set; }

    public string? Phone { get; private set; }

    public string? TelegramChatId { get; private set; }

    public static NotificationSettings Default(EmployeeId employee) => new() { Id = employee, Channel = ReminderChannel.Informer };

    public void Change(ReminderChannel channel, string? email, string? phone, string? telegramChatId)
    {
        Email = Blank(email);
        Phone = Blank(phone);
        TelegramChatId = Blank(telegramChatId);
        CheckRule(new ReminderNeedsContactRule(channel, ContactFor(channel)));
        Channel = channel;
    }

    /// <summary>Where a reminder on <paramref name="channel"/> goes; null for the informer (or a contact not given).</summary>
    public string? ContactFor(ReminderChannel channel) => channel switch
    {
        ReminderChannel.Email => Email,
        ReminderChannel.Sms => Phone,
        ReminderChannel.Telegram => TelegramChatId,
        _ => null,
    };

    /// <summary>The settings field each channel needs, as clients name it.</summary>
    public static string ContactName(ReminderChannel channel) => channel switch
    {
        ReminderChannel.Email => "email",
        ReminderChannel.Sms => "phone",
        ReminderChannel.Telegram => "telegramChatId",
        _ => "nothing",
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
