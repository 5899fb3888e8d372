using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Common;
using MediatR;

namespace Crm.Modules.Tasking.Application.Staff.Absences.CancelAbsence;

/// <summary>Cancels an absence: a planned one goes, one under way ends now (the employee is back), one over answers 422.</summary>
public sealed record CancelAbsenceCommand(Guid EmployeeId, Guid AbsenceId) : ICommand<Unit>;

internal sealed class CancelAbsenceHandler(StaffMember me, StaffLookup staff, TimeProvider clock) : IRequestHandler<CancelAbsenceCommand, Unit>
{
    public async Task<Unit> Handle(CancelAbsenceCommand command, CancellationToken cancellationToken)
    {
        await me.RequireSelfOrAdministratorAsync(command.EmployeeId, cancellationToken);
        var employee = await staff.EmployeeAsync(command.EmployeeId, cancellationToken, forUpdate: true);
        return employee.CancelAbsence(command.AbsenceId, clock.GetUtcNow().UtcDateTime) ? Unit.Value : throw new NotFoundException("Absence", command.AbsenceId);
    }
}
