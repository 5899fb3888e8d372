using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Subjects;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.CreateTask;

public sealed record AddresseeInput(AddresseeKind? Kind, Guid? Id);

/// <summary>A manual task: of a type, about an object, for an employee or a position, due at a moment.</summary>
public sealed record CreateTaskCommand(
    Guid? TypeId,
    string? Title,
    string? Description,
    SubjectDto? Subject,
    AddresseeInput? Addressee,
    DateTimeOffset? DueAt) : ICommand<Guid>;

internal sealed class CreateTaskValidator : AbstractValidator<CreateTaskCommand>
{
    public CreateTaskValidator()
    {
        RuleFor(c => c.TypeId).NotEmpty();
        RuleFor(c => c.Title).NotEmpty().MaximumLength(WorkTask.TitleMaxLength);
        RuleFor(c => c.Description).MaximumLength(WorkTask.DescriptionMaxLength);
        RuleFor(c => c.Addressee).NotNull();
        RuleFor(c => c.Addressee!.Kind).NotNull().IsInEnum().NotEqual(AddresseeKind.ProcessExecutors).When(c => c.Addressee is not null)
            .OverridePropertyName("addressee.kind").WithMessage("Address the task to an Employee, a Position or a Department.");
        RuleFor(c => c.Addressee!.Id).NotEmpty().When(c => c.Addressee is not null).OverridePropertyName("addressee.id");
        RuleFor(c => c.Subject!.Type).NotEmpty().MaximumLength(Subject.TypeMaxLength).When(c => c.Subject is not null).OverridePropertyName("subject.type");
        RuleFor(c => c.Subject!.Id).NotEmpty().MaximumLength(Subject.IdMaxLength).When(c => c.Subject is not null).OverridePropertyName("subject.id");
    }
}

internal sealed class CreateTaskHandler(
    StaffMember me,
    IRepository<WorkTask> tasks,
    IReadRepository<TaskType> types,
    Addressees addressees,
    ITaskNumbers numbers,
    SubjectDirectory subjects,
    TimeProvider clock) : IRequestHandler<CreateTaskCommand, Guid>
{
    public async Task<Guid> Handle(CreateTaskCommand command, CancellationToken cancellationToken)
    {
        var creator = await me.GetAsync(cancellationToken);
        var type = await types.FirstOrDefaultAsync(new TaskTypeByIdSpec(new TaskTypeId(command.TypeId!.Value)), cancellationToken)
            ?? throw new InvalidFieldException("typeId", "There is no task type with this id.");
        var addressee = new Addressee(command.Addressee!.Kind!.Value, command.Addressee.Id!.Value);
        await addressees.NameAsync(addressee, cancellationToken); // refuses an addressee nobody is
        await subjects.EnsureKnownAsync(command.Subject, cancellationToken);

        var details = new NewTaskDetails(
            command.Title!,
            command.Description,
            command.Subject is { } s ? new Subject(s.Type, s.Id) : null,
            addressee,
            command.DueAt?.UtcDateTime);
        var task = WorkTask.Create(new TaskId(Guid.NewGuid()), await numbers.NextAsync(cancellationToken), type, details, creator.Id, clock.GetUtcNow().UtcDateTime);
        tasks.Add(task);
        return task.Id.Value;
    }
}
