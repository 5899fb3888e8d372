namespace Crm.BuildingBlocks.Domain;

public sealed class BusinessRuleValidationException(IBusinessRule rule) : Exception(rule.Message)
{
    public IBusinessRule BrokenRule { get; } = rule;
}
