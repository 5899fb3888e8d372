using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.Reminders;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Reminders.ChangeNotificationSettings;

/// <summary>The employee chooses how reminders reach them and gives the contact that channel needs.</summary>
public sealed record ChangeNotificationSettingsCommand(ReminderChannel? Channel, string? Email, string? Phone, string? TelegramChatId)
    : ICommand<NotificationSettingsDto>;

internal sealed class ChangeNotificationSettingsValidator : AbstractValidator<ChangeNotificationSettingsCommand>
{
    public ChangeNotificationSettingsValidator()
    {
        RuleFor(c => c.Channel).NotNull().IsInEnum();
        RuleFor(c => c.Email).NotEmpty().When(c => c.Channel == ReminderChannel.Email).WithMessage("Reminders by e-mail need an e-mail address.");
        RuleFor(c => c.Email).EmailAddress().MaximumLength(NotificationSettings.EmailMaxLength).When(c => !string.IsNullOrWhiteSpace(c.Email));
        RuleFor(c => c.Phone).NotEmpty().When(c => c.Channel == ReminderChannel.Sms).WithMessage("Reminders by SMS need a phone number.");
        RuleFor(c => c.Phone).Matches(@"^\+?[0-9 ()-]{5,31}$").WithMessage("Use digits, spaces, '(', ')', '-' and an optional leading '+'.")
            .When(c => !string.IsNullOrWhiteSpace(c.Phone));
        RuleFor(c => c.TelegramChatId).NotEmpty().When(c => c.Channel == ReminderChannel.Telegram).WithMessage("Reminders by Telegram need a chat id.");
        RuleFor(c => c.TelegramChatId).Matches("^-?[0-9]{1,20}$").WithMessage("A Telegram chat id is a number (the bot's chat with the employee).")
            .When(c => !string.IsNullOrWhiteSpace(c.TelegramChatId));
    }
}

internal sealed class ChangeNotificationSettingsHandler(StaffMember me, IRepository<NotificationSettings> settings)
    : IRequestHandler<ChangeNotificationSettingsCommand, NotificationSettingsDto>
{
    public async Task<NotificationSettingsDto> Handle(ChangeNotificationSettingsCommand command, CancellationToken cancellationToken)
    {
        var employee = me.Id;
        var mine = await settings.FirstOrDefaultAsync(new NotificationSettingsSpec(employee, forUpdate: true), cancellationToken);
        if (mine is null)
        {
            mine = NotificationSettings.Default(employee);
            settings.Add(mine);
        }

        mine.Change(command.Channel!.Value, command.Email, command.Phone, command.TelegramChatId);
        return NotificationSettingsDto.From(mine);
    }
}
