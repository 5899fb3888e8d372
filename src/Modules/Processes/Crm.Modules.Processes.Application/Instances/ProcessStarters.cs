using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Application.Instances;

/// <summary>
/// The signed-in employee as a would-be starter of processes. Staff live in Tasking; the host's authorization found
/// the employee on the staff and put them in the request (<see cref="ICurrentEmployee"/>), so the administrator
/// flag, positions and department are current (ADR 0038) at no extra query, and Processes never asks Tasking (ADR 0059).
/// </summary>
public sealed class ProcessStarters(ICurrentEmployee current)
{
    private ProcessStarter? _me;

    public ProcessStarter Me => _me ??= From(current.Employee);

    /// <summary>403 unless the employee is the main administrator or an executor of the process.</summary>
    public void EnsureMayStart(ProcessDocument document)
    {
        if (!Me.MayStart(document))
        {
            throw new ForbiddenException("Only the main administrator and the process's executors may start it by hand.");
        }
    }

    private static ProcessStarter From(EmployeeIdentity employee) =>
        new(employee.Id, employee.IsAdministrator, employee.PositionIds, employee.DepartmentId);
}
