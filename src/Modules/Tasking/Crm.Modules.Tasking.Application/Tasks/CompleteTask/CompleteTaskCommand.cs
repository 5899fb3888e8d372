using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.RefusalReasons;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.CompleteTask;

/// <summary>
/// Close the task with one of its results, a comment, a reason where the result demands one, and a moment where
/// the answer asks for one (a process's "call back on…").
/// </summary>
public sealed record CompleteTaskCommand(Guid TaskId, int? ExpectedVersion, string? Result, string? Comment, string? Reason, DateTimeOffset? Moment = null)
    : ICommand<Unit>, ITaskActionCommand;

internal sealed class CompleteTaskValidator : AbstractValidator<CompleteTaskCommand>
{
    public CompleteTaskValidator()
    {
        RuleFor(c => c.Result).NotEmpty().MaximumLength(TaskResultOption.CodeMaxLength);
        RuleFor(c => c.Comment).MaximumLength(WorkTask.ResultCommentMaxLength);
        RuleFor(c => c.Reason).MaximumLength(1000);
    }
}

internal sealed class CompleteTaskHandler(TaskActions actions, IReadRepository<TaskType> types, RefusalReasonDirectory reasons) : IRequestHandler<CompleteTaskCommand, Unit>
{
    public async Task<Unit> Handle(CompleteTaskCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        var type = await types.FirstOrNotFoundAsync(new TaskTypeByIdSpec(task.TypeId), "Task type", task.TypeId.Value, cancellationToken);
        // A reason, when given, must come from the directory (by id or name): statistics count reasons, not free text.
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : await reasons.InUseAsync(command.Reason, "reason", cancellationToken);
        var closing = new TaskClosing(command.Result!, command.Comment, reason?.Name, command.Moment?.UtcDateTime, reason?.DemandsComment ?? false)
        {
            ReasonId = reason?.Id.Value,
        };
        task.Complete(actor, type, closing, actions.NowUtc);
        return Unit.Value;
    }
}
