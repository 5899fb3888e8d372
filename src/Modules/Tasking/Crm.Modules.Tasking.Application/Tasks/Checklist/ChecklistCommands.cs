using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Domain.Tasks;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.Checklist;

/// <summary>Add a line to the checklist of a call or a question.</summary>
public sealed record AddChecklistItemCommand(Guid TaskId, int? ExpectedVersion, string? Text) : ICommand<Unit>, ITaskActionCommand;

/// <summary>Tick an item off (<see cref="Ticked"/> true) or back on (false).</summary>
public sealed record TickChecklistItemCommand(Guid TaskId, int? ExpectedVersion, Guid ItemId, bool Ticked) : ICommand<Unit>, ITaskActionCommand;

public sealed record RemoveChecklistItemCommand(Guid TaskId, int? ExpectedVersion, Guid ItemId) : ICommand<Unit>, ITaskActionCommand;

internal sealed class AddChecklistItemValidator : AbstractValidator<AddChecklistItemCommand>
{
    public AddChecklistItemValidator() => RuleFor(c => c.Text).NotEmpty().MaximumLength(ChecklistItem.TextMaxLength);
}

internal sealed class AddChecklistItemHandler(TaskActions actions) : IRequestHandler<AddChecklistItemCommand, Unit>
{
    public async Task<Unit> Handle(AddChecklistItemCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        task.AddChecklistItem(actor, command.Text!, actions.NowUtc);
        return Unit.Value;
    }
}

internal sealed class TickChecklistItemHandler(TaskActions actions) : IRequestHandler<TickChecklistItemCommand, Unit>
{
    public async Task<Unit> Handle(TickChecklistItemCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await ChecklistTask.LoadAsync(actions, command.TaskId, command.ExpectedVersion, command.ItemId, cancellationToken);
        task.TickChecklistItem(actor, command.ItemId, command.Ticked, actions.NowUtc);
        return Unit.Value;
    }
}

internal sealed class RemoveChecklistItemHandler(TaskActions actions) : IRequestHandler<RemoveChecklistItemCommand, Unit>
{
    public async Task<Unit> Handle(RemoveChecklistItemCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await ChecklistTask.LoadAsync(actions, command.TaskId, command.ExpectedVersion, command.ItemId, cancellationToken);
        task.RemoveChecklistItem(actor, command.ItemId, actions.NowUtc);
        return Unit.Value;
    }
}

internal static class ChecklistTask
{
    /// <summary>The task, with 404 also for an item it does not have.</summary>
    public static async Task<(WorkTask Task, Domain.Staff.EmployeeId Actor)> LoadAsync(
        TaskActions actions, Guid taskId, int? expectedVersion, Guid itemId, CancellationToken cancellationToken)
    {
        var (task, actor) = await actions.LoadAsync(taskId, expectedVersion, cancellationToken);
        return task.HasChecklistItem(itemId) ? (task, actor) : throw new NotFoundException("Checklist item", itemId);
    }
}
