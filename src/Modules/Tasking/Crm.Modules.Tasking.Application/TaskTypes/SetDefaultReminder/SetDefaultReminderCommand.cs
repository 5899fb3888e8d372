using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.TaskTypes;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.TaskTypes.SetDefaultReminder;

/// <summary>
/// The main administrator changes a type's default reminder: a signed offset from the postponed moment
/// (e.g. "-00:15:00", 15 minutes before), or null for none.
/// </summary>
public sealed record SetDefaultReminderCommand(Guid TypeId, TimeSpan? Offset) : ICommand<TaskTypeDto>;

internal sealed class SetDefaultReminderValidator : AbstractValidator<SetDefaultReminderCommand>
{
    public SetDefaultReminderValidator() => RuleFor(c => c.Offset).Must(DefaultReminderRule.Fits).WithMessage(DefaultReminderRule.Message);
}

/// <summary>Shared by creating a type and changing its default reminder.</summary>
internal static class DefaultReminderRule
{
    public const string Message = "A reminder lies at most 30 days before or after the moment.";

    public static bool Fits(TimeSpan? offset) => offset is null || (offset >= -TaskType.MaxReminderOffset && offset <= TaskType.MaxReminderOffset);
}

internal sealed class SetDefaultReminderHandler(StaffMember me, TaskTypeDirectory directory) : IRequestHandler<SetDefaultReminderCommand, TaskTypeDto>
{
    public async Task<TaskTypeDto> Handle(SetDefaultReminderCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var type = await directory.ForUpdateAsync(command.TypeId, cancellationToken);
        type.SetDefaultReminder(command.Offset);
        return TaskTypeDto.From(type);
    }
}
