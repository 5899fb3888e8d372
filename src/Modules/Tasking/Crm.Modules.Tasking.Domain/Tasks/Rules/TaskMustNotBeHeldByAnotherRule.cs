using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>Two people must never work one task: whoever took it first keeps it, the other is told.</summary>
public sealed class TaskMustNotBeHeldByAnotherRule(EmployeeId? assignee, EmployeeId actor) : IBusinessRule
{
    public string Code => "task.already-taken";

    public string Message => "Another employee has already taken this task.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => assignee is { } holder && holder != actor;
}
