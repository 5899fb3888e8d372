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

namespace Crm.Modules.Tasking.Application.Tasks.CreateArbitraryTask;

/// <summary>
/// An arbitrary task (the seed's "shift handover"): by hand, to any employee, due when chosen or at once, and
/// closed with a result text — "Done" or "Failed", each with the text of what came of it.
/// </summary>
public sealed record CreateArbitraryTaskCommand(Guid? TypeId, string? Title, string? Description, Guid? EmployeeId, DateTimeOffset? DueAt) : ICommand<Guid>;

internal sealed class CreateArbitraryTaskValidator : AbstractValidator<CreateArbitraryTaskCommand>
{
    public CreateArbitraryTaskValidator()
    {
        RuleFor(c => c.TypeId).NotEmpty();
        RuleFor(c => c.EmployeeId).NotEmpty();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(WorkTask.TitleMaxLength);
        RuleFor(c => c.Description).MaximumLength(WorkTask.DescriptionMaxLength);
    }
}

internal sealed class CreateArbitraryTaskHandler(
    StaffMember me,
    IRepository<WorkTask> tasks,
    IReadRepository<TaskType> types,
    IReadRepository<Employee> employees,
    ITaskNumbers numbers,
    TimeProvider clock) : IRequestHandler<CreateArbitraryTaskCommand, Guid>
{
    /// <summary>The task's own answers: whichever way it ends, the employee writes what came of it.</summary>
    private static IReadOnlyList<TaskAnswer> ResultText() =>
        [new TaskAnswer("done", "Done", requiresComment: true), new TaskAnswer("failed", "Failed", requiresComment: true)];

    public async Task<Guid> Handle(CreateArbitraryTaskCommand command, CancellationToken cancellationToken)
    {
        var creator = await me.GetAsync(cancellationToken);
        var type = await types.FirstOrDefaultAsync(new TaskTypeByIdSpec(new TaskTypeId(command.TypeId!.Value)), cancellationToken)
            ?? throw new InvalidFieldException("typeId", "There is no task type with this id.");
        var employee = new EmployeeId(command.EmployeeId!.Value);
        if (!await employees.AnyAsync(new EmployeesSpec([employee]), cancellationToken))
        {
            throw new InvalidFieldException("employeeId", "There is no employee with this id.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var details = new NewTaskDetails(command.Title!, command.Description, null, new Addressee(AddresseeKind.Employee, employee.Value), command.DueAt?.UtcDateTime ?? now)
        {
            Answers = ResultText(),
        };
        var task = WorkTask.Create(new TaskId(Guid.NewGuid()), await numbers.NextAsync(cancellationToken), type, details, creator.Id, now);
        tasks.Add(task);
        return task.Id.Value;
    }
}
