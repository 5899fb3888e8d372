namespace Crm.BuildingBlocks.Domain;

/// <summary>Base of every entity: identity plus the rule check that aggregates use to guard themselves.</summary>
public abstract class Entity<TId>
    where TId : struct
{
    public TId Id { get; protected set; }

    /// <summary>Throws <see cref="BusinessRuleValidationException"/> when the rule is broken.</summary>
    protected static void CheckRule(IBusinessRule rule)
    {
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }
    }
}
