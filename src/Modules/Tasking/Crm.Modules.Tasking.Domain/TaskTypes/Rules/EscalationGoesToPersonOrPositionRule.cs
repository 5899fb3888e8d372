using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Domain.TaskTypes.Rules;

/// <summary>Escalation tells somebody who answers for the work: a supervisor, or everybody holding a position.</summary>
public sealed class EscalationGoesToPersonOrPositionRule(Addressee? target) : IBusinessRule
{
    public string Code => "task-type.escalation-target";

    public string Message => "A task type escalates to an employee or a position.";

    public bool IsBroken() => target is not null && target.Kind is not (AddresseeKind.Employee or AddresseeKind.Position);
}
