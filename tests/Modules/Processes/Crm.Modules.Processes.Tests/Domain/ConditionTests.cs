using Crm.Modules.Processes.Domain.Expressions;
using Xunit;

namespace Crm.Modules.Processes.Tests.Domain;

/// <summary>The condition language: what it means, and where it says a condition is wrong.</summary>
public sealed class ConditionTests
{
    private sealed class Facts(Dictionary<string, object?> values) : IFactSource
    {
        public DateTime NowUtc => new(2026, 11, 22, 12, 0, 0, DateTimeKind.Utc);

        public FactValue Get(string name) => values.TryGetValue(name, out var value) ? FactValue.From(value) : FactValue.Null;
    }

    private static bool Holds(string condition, params (string, object?)[] facts) =>
        Condition.Parse(condition).Holds(new Facts(facts.ToDictionary(f => f.Item1, f => f.Item2)));

    [Theory]
    [InlineData("status = 'New'", true)]
    [InlineData("status = 'new'", true)]
    [InlineData("status != 'New'", false)]
    [InlineData("total > 99.5 and total <= 100", true)]
    [InlineData("paid = true or client.has-phone", false)]
    [InlineData("not paid", true)]
    [InlineData("missing is null and status is not null", true)]
    [InlineData("missing = null", false)]
    [InlineData("missing != 'x'", true)]
    [InlineData("due < now and due > date('2026-01-01')", true)]
    [InlineData("(status = 'New' or status = 'Pending') and not (total < 10)", true)]
    [InlineData("total = '100'", true)]
    [InlineData("status > 5", false)]
    public void Conditions_mean_what_a_manager_would_read(string condition, bool expected) =>
        Assert.Equal(expected, Holds(condition, ("status", "New"), ("total", 100m), ("paid", false), ("client.has-phone", false),
            ("due", new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc))));

    [Theory]
    [InlineData("status =", 8, "ends too early")]
    [InlineData("status = 'New", 9, "quote")]
    [InlineData("total >= and", 9, "Expected a value")]
    [InlineData("a = 1 b", 6, "Unexpected 'b'")]
    [InlineData("a ; b", 2, "Unexpected character")]
    [InlineData("x is 5", 5, "Expected 'null'")]
    [InlineData("due < date('soon')", 11, "date")]
    [InlineData("(a = 1", 6, "Expected ')'")]
    public void A_condition_that_does_not_parse_says_where(string condition, int position, string reason)
    {
        var error = Assert.Throws<ExpressionException>(() => Condition.Parse(condition));
        Assert.Equal(position, error.Position);
        Assert.Contains(reason, error.Reason, StringComparison.OrdinalIgnoreCase);
    }
}
