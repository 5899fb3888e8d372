using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Domain.Tasks;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.CommentTask;

/// <summary>Leave a comment on a task; open or closed, anyone who sees it may comment.</summary>
public sealed record CommentTaskCommand(Guid TaskId, int? ExpectedVersion, string? Text) : ICommand<Unit>, ITaskActionCommand;

internal sealed class CommentTaskValidator : AbstractValidator<CommentTaskCommand>
{
    public CommentTaskValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(TaskComment.TextMaxLength);
}

internal sealed class CommentTaskHandler(TaskActions actions) : IRequestHandler<CommentTaskCommand, Unit>
{
    public async Task<Unit> Handle(CommentTaskCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        task.Comment(actor, command.Text!, actions.NowUtc);
        return Unit.Value;
    }
}
