using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.TaskTypes.SetAlerts;

/// <summary>
/// The main administrator chooses who hears of a type's tasks: its addressees when one opens (<c>AlertOnOpen</c>),
/// and an employee or position when one times out unanswered (<c>EscalateTo</c>, null for nobody). Replaces both.
/// </summary>
public sealed record SetTaskTypeAlertsCommand(Guid TypeId, bool? AlertOnOpen, EscalationTargetDto? EscalateTo) : ICommand<TaskTypeDto>;

internal sealed class SetTaskTypeAlertsValidator : AbstractValidator<SetTaskTypeAlertsCommand>
{
    public SetTaskTypeAlertsValidator()
    {
        RuleFor(c => c.AlertOnOpen).NotNull();
        RuleFor(c => c.EscalateTo!.Kind).Must(k => k is AddresseeKind.Employee or AddresseeKind.Position)
            .When(c => c.EscalateTo is not null).WithMessage("Escalate to an Employee or a Position.");
        RuleFor(c => c.EscalateTo!.Id).NotEmpty().When(c => c.EscalateTo is not null);
    }
}

internal sealed class SetTaskTypeAlertsHandler(
    StaffMember me, TaskTypeDirectory directory, IReadRepository<Employee> employees, IReadRepository<Position> positions)
    : IRequestHandler<SetTaskTypeAlertsCommand, TaskTypeDto>
{
    public async Task<TaskTypeDto> Handle(SetTaskTypeAlertsCommand command, CancellationToken cancellationToken)
    {
        await me.RequireAdministratorAsync(cancellationToken);
        var type = await directory.ForUpdateAsync(command.TypeId, cancellationToken);
        var target = command.EscalateTo is { } given ? new Addressee(given.Kind, given.Id) : null;
        await EnsureExistsAsync(target, cancellationToken);
        type.SetAlerts(command.AlertOnOpen!.Value, target);
        return TaskTypeDto.From(type);
    }

    /// <summary>404 for an employee or position nobody has (a dismissed employee hears nothing: refused too).</summary>
    private async Task EnsureExistsAsync(Addressee? target, CancellationToken cancellationToken)
    {
        var exists = target?.Kind switch
        {
            null => true,
            AddresseeKind.Employee => (await employees.ListAsync(new EmployeesSpec([new EmployeeId(target.Id)]), cancellationToken)).Any(e => e.DismissedAtUtc is null),
            _ => (await positions.ListAsync(new PositionsSpec([new PositionId(target.Id)]), cancellationToken)).Count > 0,
        };
        if (!exists)
        {
            throw new NotFoundException(target!.Kind.ToString(), target.Id);
        }
    }
}
