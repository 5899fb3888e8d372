using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.SpareParts.Domain.Parts.Rules;

/// <summary>The aggregates' rule check for the entities inside them (lines are not aggregates, so they cannot inherit it).</summary>
internal static class RuleCheck
{
    public static void Check(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }
}
