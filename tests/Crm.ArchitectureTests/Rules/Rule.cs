namespace Crm.ArchitectureTests.Rules;

/// <summary>One broken expectation: where (assembly or type) and what.</summary>
public sealed record Violation(string Where, string What)
{
    public override string ToString() => $"{Where}: {What}";
}

/// <summary>
/// An architecture rule as data: a short name (the test case's name), the reason a reader needs to judge a failure,
/// and the check, which lists every violation rather than stopping at the first.
/// </summary>
public sealed record Rule(string Name, string Reason, Func<IReadOnlyList<Violation>> Check)
{
    public override string ToString() => Name;
}
