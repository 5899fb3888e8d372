using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Tasks.Rules;

/// <summary>A redirect names who takes over: one employee, or everybody holding a position — not a whole process.</summary>
public sealed class RedirectGoesToPersonOrPositionRule(Addressee addressee) : IBusinessRule
{
    public string Code => "task.redirect-addressee";

    public string Message => "A task can be redirected to an employee or a position only.";

    public bool IsBroken() => addressee.Kind is not (AddresseeKind.Employee or AddresseeKind.Position);
}
