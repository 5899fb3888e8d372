namespace Crm.ArchitectureTests.Rules;

/// <summary>One broken expectation: where (assembly or type) and what.</summary>
public sealed record Violation(string Where, string What)
{
    public override string ToString() => $"{Where}: {What}";
}

/// <summary>
/// An architecture rule as data: a short name (the test case's name), the reason a reader needs to judge a failure,
/// the engine that checks it (NetArchTest.Rules, or Mono.Cecil with the reason NetArchTest cannot say it), and the
/// check, which lists every violation rather than stopping at the first.
/// </summary>
public sealed record Rule(string Name, string Reason, string Engine, Func<IReadOnlyList<Violation>> Check)
{
    /// <summary>A violation the team knows of and has an issue for: reported as such, and the only one tolerated.</summary>
    public KnownViolation? Known { get; init; }

    public override string ToString() => Name;
}

/// <summary>The issue that will remove a known violation, and which violations it covers.</summary>
public sealed record KnownViolation(string Issue, Func<Violation, bool> Covers);
