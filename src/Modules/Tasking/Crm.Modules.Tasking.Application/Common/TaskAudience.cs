using System.Linq.Expressions;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Common;

/// <summary>
/// Who the signed-in employee is for the purpose of seeing tasks: the main administrator sees every task; others
/// see tasks of processes they execute, tasks addressed to them, their positions or their department, tasks they
/// hold, and tasks they created.
/// </summary>
public sealed record TaskAudience(
    EmployeeId EmployeeId,
    bool IsAdministrator,
    IReadOnlyList<Guid> PositionIds,
    Guid? DepartmentId,
    IReadOnlyList<Guid> ProcessIds)
{
    public Expression<Func<WorkTask, bool>> CanSee()
    {
        if (IsAdministrator)
        {
            return _ => true;
        }

        var me = EmployeeId;
        var meId = me.Value;
        var positions = PositionIds.ToList();
        var department = DepartmentId ?? Guid.Empty;
        var processes = ProcessIds.ToList();
        return t => t.CreatedBy == me
            || t.AssigneeId == me
            || (t.Addressee.Kind == AddresseeKind.Employee && t.Addressee.Id == meId)
            || (t.Addressee.Kind == AddresseeKind.Position && positions.Contains(t.Addressee.Id))
            || (t.Addressee.Kind == AddresseeKind.Department && t.Addressee.Id == department)
            || (t.Addressee.Kind == AddresseeKind.ProcessExecutors && processes.Contains(t.Addressee.Id));
    }

    /// <summary>The same rule for one task already loaded.</summary>
    public bool CanSee(WorkTask task) => CanSee().Compile()(task);

    public bool Executes(Guid processId) => ProcessIds.Contains(processId);
}
