using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Staff.Rules;

/// <summary>Whoever dismisses is signed in; dismissing oneself would lock the station's last administrator out.</summary>
public sealed class NobodyDismissesThemselvesRule(EmployeeId employee, EmployeeId by) : IBusinessRule
{
    public string Code => "employee.dismiss-self";

    public string Message => "An employee cannot dismiss themselves.";

    public bool IsBroken() => employee == by;
}
