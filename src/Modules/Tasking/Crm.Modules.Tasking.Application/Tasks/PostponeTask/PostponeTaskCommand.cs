using Crm.BuildingBlocks.Application.Messaging;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.PostponeTask;

/// <summary>Postpone to a future moment; a free task becomes the postponer's.</summary>
public sealed record PostponeTaskCommand(Guid TaskId, int? ExpectedVersion, DateTimeOffset? Until) : ICommand<Unit>, ITaskActionCommand;

internal sealed class PostponeTaskValidator : AbstractValidator<PostponeTaskCommand>
{
    public PostponeTaskValidator() => RuleFor(c => c.Until).NotNull();
}

internal sealed class PostponeTaskHandler(TaskActions actions) : IRequestHandler<PostponeTaskCommand, Unit>
{
    public async Task<Unit> Handle(PostponeTaskCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        task.Postpone(actor, command.Until!.Value.UtcDateTime, actions.NowUtc);
        return Unit.Value;
    }
}
