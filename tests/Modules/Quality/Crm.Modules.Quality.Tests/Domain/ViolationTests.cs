using Crm.BuildingBlocks.Domain;
using Crm.Modules.Quality.Domain.Violations;
using Crm.Modules.Quality.Domain.Violations.Rules;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Domain;

/// <summary>A violation's steps: registered → explained (once) → closed or accepted.</summary>
public sealed class ViolationTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void It_is_explained_once_and_closed_only_after_the_explanation()
    {
        var violation = Violation.Register(Guid.NewGuid(), Guid.NewGuid(), "Late", null, Guid.NewGuid(), Now);
        Assert.Equal("violation.not-explained", BrokenRules.AssertBroken<ViolationMustBeInStateRule>(
            () => violation.Close(true, Guid.NewGuid(), Now), BusinessRuleKind.Conflict).Code);

        violation.Explain("Traffic", Now);
        Assert.Equal("violation.not-registered", BrokenRules.AssertBroken<ViolationMustBeInStateRule>(
            () => violation.Explain("Again", Now), BusinessRuleKind.Conflict).Code);
        violation.Close(false, Guid.NewGuid(), Now);

        Assert.Equal((ViolationState.Closed, "Traffic"), (violation.State, violation.Explanation));
    }
}
