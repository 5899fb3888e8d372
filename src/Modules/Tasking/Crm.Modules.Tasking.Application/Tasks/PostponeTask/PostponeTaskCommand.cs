using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Reminders;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Application.TaskTypes.SetDefaultReminder;
using Crm.Modules.Tasking.Domain.TaskTypes;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Tasks.PostponeTask;

/// <summary>
/// Postpone to a future moment; a free task becomes the postponer's. A reminder is set as asked (a signed offset
/// from the moment, a channel), else by the task type's default; <see cref="ReminderRequest.None"/> switches it off.
/// </summary>
public sealed record PostponeTaskCommand(Guid TaskId, int? ExpectedVersion, DateTimeOffset? Until, ReminderRequest? Reminder = null)
    : ICommand<Unit>, ITaskActionCommand;

internal sealed class PostponeTaskValidator : AbstractValidator<PostponeTaskCommand>
{
    public PostponeTaskValidator()
    {
        RuleFor(c => c.Until).NotNull();
        RuleFor(c => c.Reminder!.Offset).Must(DefaultReminderRule.Fits)
            .When(c => c.Reminder is not null).OverridePropertyName("reminderOffset")
            .WithMessage(DefaultReminderRule.Message);
        RuleFor(c => c.Reminder!.Channel).IsInEnum().When(c => c.Reminder?.Channel is not null).OverridePropertyName("reminderChannel");
    }
}

internal sealed class PostponeTaskHandler(TaskActions actions, IReadRepository<TaskType> types, ReminderPlanner reminders) : IRequestHandler<PostponeTaskCommand, Unit>
{
    public async Task<Unit> Handle(PostponeTaskCommand command, CancellationToken cancellationToken)
    {
        var (task, actor) = await actions.LoadAsync(command.TaskId, command.ExpectedVersion, cancellationToken);
        task.Postpone(actor, command.Until!.Value.UtcDateTime, actions.NowUtc);
        var type = await types.FirstOrDefaultAsync(new TaskTypeByIdSpec(task.TypeId), cancellationToken);
        if (type is not null && await reminders.PlanAsync(command.Reminder ?? ReminderRequest.Default, type, actor, cancellationToken) is { } plan)
        {
            task.RemindAround(plan, actions.NowUtc);
        }

        return Unit.Value;
    }
}
