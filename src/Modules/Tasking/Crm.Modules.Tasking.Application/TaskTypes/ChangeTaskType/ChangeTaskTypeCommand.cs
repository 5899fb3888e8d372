using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.TaskTypes;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.TaskTypes.ChangeTaskType;

/// <summary>
/// The main administrator renames, re-icons, recolours or moves a type in the lists (smaller <c>SortOrder</c> first).
/// Its results and default reminder stay; tasks of the type show the new look at once.
/// </summary>
public sealed record ChangeTaskTypeCommand(Guid Id, string? Name, string? Icon, string? Colour, int? SortOrder) : ICommand<TaskTypeDto>;

internal sealed class ChangeTaskTypeValidator : AbstractValidator<ChangeTaskTypeCommand>
{
    public ChangeTaskTypeValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(TaskType.NameMaxLength);
        RuleFor(c => c.Icon).NotEmpty().MaximumLength(TaskType.IconMaxLength);
        RuleFor(c => c.Colour).NotEmpty().Matches(TaskType.ColourPattern).WithMessage("Use #RRGGBB.");
        RuleFor(c => c.SortOrder).NotNull();
    }
}

internal sealed class ChangeTaskTypeHandler(StaffMember me, TaskTypeDirectory directory) : IRequestHandler<ChangeTaskTypeCommand, TaskTypeDto>
{
    public async Task<TaskTypeDto> Handle(ChangeTaskTypeCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var type = await directory.ForUpdateAsync(command.Id, cancellationToken);
        await directory.EnsureNameFreeAsync(command.Name!, type.Id, cancellationToken);
        type.Describe(command.Name!.Trim(), command.Icon!, command.Colour!, command.SortOrder!.Value);
        return TaskTypeDto.From(type);
    }
}
