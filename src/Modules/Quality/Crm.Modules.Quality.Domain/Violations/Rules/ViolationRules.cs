using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Quality.Domain.Violations.Rules;

/// <summary>
/// A violation moves registered → explained → closed / accepted and never back: a step from another state is a
/// conflict with what was done first (409), each with its own code.
/// </summary>
public sealed class ViolationMustBeInStateRule(ViolationState state, ViolationState required, string code) : IBusinessRule
{
    public string Code => code;

    public string Message => $"The violation is {state}; this step needs it {required}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => state != required;
}
