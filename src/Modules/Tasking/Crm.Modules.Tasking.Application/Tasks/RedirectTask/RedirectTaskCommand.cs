using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Tasks.CreateTask;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.RedirectTask;

/// <summary>
/// Hand the task to an employee or a position: it closes as "redirected" and a "Task redirected" (or, with
/// <see cref="CallClientBack"/>, a "Call the client back" due at <see cref="DueAt"/>) task opens for them.
/// </summary>
public sealed record RedirectTaskCommand(Guid TaskId, int? ExpectedVersion, AddresseeInput? Addressee, string? Comment, bool CallClientBack, DateTimeOffset? DueAt)
    : ICommand<Unit>, ITaskActionCommand;

internal sealed class RedirectTaskValidator : AbstractValidator<RedirectTaskCommand>
{
    public RedirectTaskValidator()
    {
        RuleFor(c => c.Addressee).NotNull();
        RuleFor(c => c.Addressee!.Kind).NotNull().Must(k => k is AddresseeKind.Employee or AddresseeKind.Position).When(c => c.Addressee is not null)
            .OverridePropertyName("addressee.kind").WithMessage("Redirect to an Employee or a Position.");
        RuleFor(c => c.Addressee!.Id).NotEmpty().When(c => c.Addressee is not null).OverridePropertyName("addressee.id");
        RuleFor(c => c.Comment).MaximumLength(TaskComment.TextMaxLength);
        RuleFor(c => c.DueAt).NotNull().When(c => c.CallClientBack).WithMessage("Say when the client is to be called back.");
    }
}

internal sealed class RedirectTaskHandler(
    TaskActions actions,
    IRepository<WorkTask> tasks,
    IReadRepository<TaskType> types,
    Addressees addressees,
    ITaskNumbers numbers) : IRequestHandler<RedirectTaskCommand, Unit>
{
    public async Task<Unit> Handle(RedirectTaskCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        var addressee = new Addressee(command.Addressee!.Kind!.Value, command.Addressee.Id!.Value);
        var redirection = new Redirection(addressee, await addressees.NameAsync(addressee, cancellationToken), command.Comment, command.CallClientBack, command.DueAt?.UtcDateTime);
        var currentType = await TypeAsync(task.TypeId, cancellationToken);
        var followUpType = await TypeAsync(command.CallClientBack ? BuiltInTaskTypes.CallClientBack : BuiltInTaskTypes.Redirected, cancellationToken);
        var slot = new FollowUpSlot(new TaskId(Guid.NewGuid()), await numbers.NextAsync(cancellationToken), followUpType);
        tasks.Add(task.Redirect(actor, redirection, currentType, slot, actions.NowUtc));
        return Unit.Value;
    }

    private Task<TaskType> TypeAsync(TaskTypeId id, CancellationToken cancellationToken) =>
        types.FirstOrNotFoundAsync(new TaskTypeByIdSpec(id), "Task type", id.Value, cancellationToken);
}
