using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Quality.Domain.Surveys;

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
