using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.TaskTypes;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.TaskTypes.CreateTaskType;

/// <summary>Adds a type to the directory (main administrator only). No results given: "Done" and "Failed".</summary>
public sealed record CreateTaskTypeCommand(
    string? Name, string? Icon, string? Colour, int SortOrder, IReadOnlyList<TaskResultDto>? Results, TimeSpan? DefaultReminderOffset = null)
    : ICommand<TaskTypeDto>;

internal sealed class CreateTaskTypeValidator : AbstractValidator<CreateTaskTypeCommand>
{
    public CreateTaskTypeValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(TaskType.NameMaxLength);
        RuleFor(c => c.Icon).MaximumLength(TaskType.IconMaxLength);
        RuleFor(c => c.Colour).Matches(TaskType.ColourPattern).When(c => c.Colour is not null).WithMessage("Use #RRGGBB.");
        RuleForEach(c => c.Results).ChildRules(result =>
        {
            result.RuleFor(r => r.Code).NotEmpty().MaximumLength(TaskResultOption.CodeMaxLength)
                .Matches("^[a-zA-Z0-9_-]+$").WithMessage("Letters, digits, '-' and '_' only.");
            result.RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
        });
        RuleFor(c => c.Results)
            .Must(r => r is null || r.Select(x => x.Code?.ToLowerInvariant()).Distinct().Count() == r.Count)
            .WithMessage("Result codes must be unique.");
        RuleFor(c => c.DefaultReminderOffset).Must(SetDefaultReminder.DefaultReminderRule.Fits).WithMessage(SetDefaultReminder.DefaultReminderRule.Message);
    }
}

internal sealed class CreateTaskTypeHandler(StaffMember me, IRepository<TaskType> types, TaskTypeDirectory directory) : IRequestHandler<CreateTaskTypeCommand, TaskTypeDto>
{
    public async Task<TaskTypeDto> Handle(CreateTaskTypeCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        await directory.EnsureNameFreeAsync(command.Name!, null, cancellationToken);
        var results = command.Results?.Select(r => new TaskResultOption(r.Code, r.Name, r.RequiresReason, r.AsksForMoment)).ToList();
        var type = TaskType.Create(new TaskTypeId(Guid.NewGuid()), command.Name!.Trim(), command.Icon ?? "task", command.Colour ?? "#607d8b", command.SortOrder, results);
        type.SetDefaultReminder(command.DefaultReminderOffset);
        types.Add(type);
        return TaskTypeDto.From(type);
    }
}
