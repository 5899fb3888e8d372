using Crm.BuildingBlocks.Domain;
using Xunit;

namespace Crm.Tests.Support;

/// <summary>Domain unit tests: an action on an aggregate is refused by the rule it should be, and nothing else.</summary>
public static class BrokenRules
{
    /// <summary>
    /// The action breaks <typeparamref name="TRule"/>, and the rule is of <paramref name="kind"/> (a 422 unless it says
    /// the state changed under the user, a 409); returns the rule.
    /// </summary>
    public static TRule AssertBroken<TRule>(Action action, BusinessRuleKind kind = BusinessRuleKind.Unprocessable)
        where TRule : IBusinessRule
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(action);
        var rule = Assert.IsType<TRule>(broken.BrokenRule);
        Assert.Equal(kind, rule.Kind);
        return rule;
    }

    /// <summary>The action breaks the rule whose stable code (the one clients match on) is <paramref name="code"/>.</summary>
    public static IBusinessRule AssertBroken(string code, Action action)
    {
        var broken = Assert.Throws<BusinessRuleValidationException>(action);
        Assert.Equal(code, broken.BrokenRule.Code);
        return broken.BrokenRule;
    }
}
