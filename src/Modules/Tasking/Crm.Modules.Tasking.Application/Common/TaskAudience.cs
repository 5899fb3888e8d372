using System.Linq.Expressions;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Common;

/// <summary>
/// Who the signed-in employee is for the purpose of seeing tasks: the main administrator sees every task; others
/// see tasks of processes they execute, tasks addressed to them, their positions or their department, tasks they
/// hold, tasks they created, and tasks escalated to them or their position.
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
        Expression<Func<WorkTask, bool>> own = t => t.CreatedBy == me
            || t.AssigneeId == me
            || (t.Addressee.Kind == AddresseeKind.Employee && t.Addressee.Id == meId)
            || (t.Addressee.Kind == AddresseeKind.Position && positions.Contains(t.Addressee.Id))
            || (t.Addressee.Kind == AddresseeKind.Department && t.Addressee.Id == department)
            || (t.Addressee.Kind == AddresseeKind.ProcessExecutors && processes.Contains(t.Addressee.Id))
            || (t.EscalatedTo != null && ((t.EscalatedTo.Kind == AddresseeKind.Employee && t.EscalatedTo.Id == meId)
                || (t.EscalatedTo.Kind == AddresseeKind.Position && positions.Contains(t.EscalatedTo.Id))));
        return AbsentColleagues.Count == 0 ? own : own.Or(StandingIn());
    }

    /// <summary>
    /// Colleagues away right now who named this employee their deputy: the deputy also sees what is addressed to
    /// them personally or held by them (ADR 0039).
    /// </summary>
    public IReadOnlyList<EmployeeId> AbsentColleagues { get; init; } = [];

    /// <summary>Tasks the employee holds, or holds in a colleague's stead (their bar).</summary>
    public Expression<Func<WorkTask, bool>> HeldByMe()
    {
        var me = EmployeeId;
        var holders = AbsentColleagues.Select(id => (EmployeeId?)id).Append(me).ToList();
        return AbsentColleagues.Count == 0 ? t => t.AssigneeId == me : t => holders.Contains(t.AssigneeId);
    }

    private Expression<Func<WorkTask, bool>> StandingIn()
    {
        var holders = AbsentColleagues.Select(id => (EmployeeId?)id).ToList();
        var addressees = AbsentColleagues.Select(id => id.Value).ToList();
        return t => holders.Contains(t.AssigneeId) || (t.Addressee.Kind == AddresseeKind.Employee && addressees.Contains(t.Addressee.Id));
    }

    /// <summary>
    /// The same rule for one task already loaded. Interpreted, not compiled: the rule captures this request's ids and
    /// runs once, and compiling it emitted a new method per call that the finalizer then had to collect.
    /// </summary>
    public bool CanSee(WorkTask task) => CanSee().Compile(preferInterpretation: true)(task);

    /// <summary>
    /// "Take for myself" on a process's task: its executors, and the main administrator, so that a process whose
    /// executors are not chosen yet (or have all left) still has somebody who can take its work (ADR 0046).
    /// </summary>
    public bool MayTakeFor(Guid processId) => IsAdministrator || ProcessIds.Contains(processId);
}
