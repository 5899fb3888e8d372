using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.RefusalReasons.Rules;

/// <summary>"Other" is the way out when no reason fits: without it a refusal could become impossible to record.</summary>
public sealed class BuiltInReasonStaysRule(RefusalReason reason) : IBusinessRule
{
    public string Code => "refusal-reason.built-in";

    public string Message => $"'{reason.Name}' is built in and cannot be archived.";

    public bool IsBroken() => reason.IsBuiltIn;
}
