using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Processes.Domain.Definitions;

namespace Crm.Modules.Processes.Application.Instances;

/// <summary>
/// The signed-in employee as a would-be starter of processes. Staff live in Tasking; Processes asks the staff
/// directory every module shares (<see cref="IEmployeeDirectory"/>) for the administrator flag, positions and
/// department, so a change of position counts at once (ADR 0038).
/// </summary>
public sealed class ProcessStarters(ICurrentEmployee current, IEmployeeDirectory staff)
{
    private ProcessStarter? _me;

    public async Task<ProcessStarter> MeAsync(CancellationToken cancellationToken)
    {
        if (_me is null)
        {
            var employee = await staff.FindAsync(current.Id, cancellationToken)
                ?? throw new ForbiddenException("The signed-in account is not an employee of this station.");
            _me = new ProcessStarter(employee.Id, employee.IsAdministrator, employee.PositionIds, employee.DepartmentId);
        }

        return _me;
    }

    /// <summary>403 unless the employee is the main administrator or an executor of the process.</summary>
    public async Task EnsureMayStartAsync(ProcessDocument document, CancellationToken cancellationToken)
    {
        if (!(await MeAsync(cancellationToken)).MayStart(document))
        {
            throw new ForbiddenException("Only the main administrator and the process's executors may start it by hand.");
        }
    }
}
