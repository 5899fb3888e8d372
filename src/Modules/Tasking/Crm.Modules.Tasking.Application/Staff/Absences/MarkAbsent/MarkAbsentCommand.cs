using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using FluentValidation;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.Absences.MarkAbsent;

/// <summary>
/// Records that an employee will be (or is) away from <see cref="From"/> until <see cref="Until"/>, with an optional
/// deputy who meanwhile sees and may take over their tasks. The employee themself or the main administrator.
/// </summary>
public sealed record MarkAbsentCommand(Guid EmployeeId, DateTimeOffset? From, DateTimeOffset? Until, Guid? DeputyId) : ICommand<AbsenceDto>;

internal sealed class MarkAbsentValidator : AbstractValidator<MarkAbsentCommand>
{
    public MarkAbsentValidator()
    {
        RuleFor(c => c.From).NotNull();
        RuleFor(c => c.Until).NotNull().GreaterThan(c => c.From).When(c => c.From is not null).WithMessage("'until' must be later than 'from'.");
        RuleFor(c => c.DeputyId).NotEqual(c => c.EmployeeId).WithMessage("An employee cannot be their own deputy.");
    }
}

internal sealed class MarkAbsentHandler(StaffMember me, StaffLookup staff, TimeProvider clock) : IRequestHandler<MarkAbsentCommand, AbsenceDto>
{
    public async Task<AbsenceDto> Handle(MarkAbsentCommand command, CancellationToken cancellationToken)
    {
        await me.RequireSelfOrAdministratorAsync(command.EmployeeId, cancellationToken);
        var employee = await staff.EmployeeAsync(command.EmployeeId, cancellationToken, forUpdate: true);
        var deputy = command.DeputyId is { } id ? await DeputyAsync(id, cancellationToken) : null;
        var absence = employee.MarkAbsent(Guid.NewGuid(), command.From!.Value.UtcDateTime, command.Until!.Value.UtcDateTime, deputy, clock.GetUtcNow().UtcDateTime);
        var names = deputy is null ? new Dictionary<Domain.Staff.EmployeeId, string>() : new() { [deputy.Id] = deputy.Name };
        return StaffLookup.Show(absence, await me.ClockAsync(cancellationToken), names);
    }

    private async Task<Domain.Staff.Employee> DeputyAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            return await staff.EmployeeAsync(id, cancellationToken);
        }
        catch (NotFoundException)
        {
            throw new InvalidFieldException("deputyId", "There is no employee with this id on the staff.");
        }
    }
}
