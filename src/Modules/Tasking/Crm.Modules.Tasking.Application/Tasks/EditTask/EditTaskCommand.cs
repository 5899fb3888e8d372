using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.EditTask;

/// <summary>
/// The main administrator corrects a task: type, title, description, due time and assignee (null frees the task).
/// Every field is sent as the card should read afterwards.
/// </summary>
public sealed record EditTaskCommand(Guid TaskId, int? ExpectedVersion, Guid? TypeId, string? Title, string? Description, DateTimeOffset? DueAt, Guid? AssigneeId)
    : ICommand<Unit>, ITaskActionCommand;

internal sealed class EditTaskValidator : AbstractValidator<EditTaskCommand>
{
    public EditTaskValidator()
    {
        RuleFor(c => c.TypeId).NotEmpty();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(WorkTask.TitleMaxLength);
        RuleFor(c => c.Description).MaximumLength(WorkTask.DescriptionMaxLength);
    }
}

internal sealed class EditTaskHandler(TaskActions actions, StaffMember me, IReadRepository<TaskType> types, IReadRepository<Employee> employees)
    : IRequestHandler<EditTaskCommand, Unit>
{
    public async Task<Unit> Handle(EditTaskCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        var type = await types.FirstOrDefaultAsync(new TaskTypeByIdSpec(new TaskTypeId(command.TypeId!.Value)), cancellationToken)
            ?? throw new InvalidFieldException("typeId", "There is no task type with this id.");
        var assignee = command.AssigneeId is { } id ? new EmployeeId(id) : (EmployeeId?)null;
        if (assignee is { } someone && !await employees.AnyAsync(new EmployeesSpec([someone]), cancellationToken))
        {
            throw new InvalidFieldException("assigneeId", "There is no employee with this id.");
        }

        task.Edit(actor, type, command.Title!, command.Description, command.DueAt?.UtcDateTime, assignee, actions.NowUtc);
        return Unit.Value;
    }
}
