using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>
/// The exception to <see cref="TaskMustNotBeHeldByAnotherRule"/>: a deputy takes over a task only while the
/// absent colleague they stand in for still holds it (it may have changed hands meanwhile).
/// </summary>
public sealed class OnlyAnAbsentHoldersTaskIsTakenOverRule(EmployeeId? assignee, EmployeeId absent) : IBusinessRule
{
    public string Code => "task.already-taken";

    public string Message => "The task is no longer held by the absent colleague.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => assignee != absent;
}
