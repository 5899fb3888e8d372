using System.Text;
using Crm.ArchitectureTests.Rules;

namespace Crm.ArchitectureTests;

/// <summary>Runs every rule against the assemblies in the output folder: one test case per rule, plus a report.</summary>
public sealed class ArchitectureRulesTests
{
    private static readonly IReadOnlyList<Rule> Rules = RuleSet.For(AssemblyCatalog.Current);

    /// <summary>One row per rule; the display name is the rule's full name (xUnit would cut a long argument).</summary>
    public static IEnumerable<TheoryDataRow<string>> RuleNames =>
        Rules.Select(r => new TheoryDataRow<string>(r.Name) { TestDisplayName = $"Architecture rule: {r.Name}" });

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Rule_holds(string rule)
    {
        var definition = Rules.Single(r => r.Name == rule);
        var violations = definition.Check();

        Assert.True(violations.Count == 0, Describe(definition, violations));
    }

    /// <summary>The report auditors read: every rule with PASS or FAIL, to the test output, stdout and a file.</summary>
    [Fact]
    public void Report_of_all_rules()
    {
        var results = Rules.Select(rule => (Rule: rule, Violations: rule.Check())).ToList();
        var report = new StringBuilder();
        var catalog = AssemblyCatalog.Current;
        report.AppendLine($"Architecture rules — modules found: {string.Join(", ", catalog.Modules)}");
        report.AppendLine($"Assemblies read from {catalog.Folder}");
        report.AppendLine();
        foreach (var (rule, violations) in results)
        {
            report.AppendLine(Describe(rule, violations));
        }

        var failed = results.Count(r => r.Violations.Count > 0);
        report.AppendLine();
        report.AppendLine($"{results.Count - failed} passed, {failed} failed.");
        var text = report.ToString();

        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "architecture-rules.txt"), text);
        TestContext.Current.TestOutputHelper?.WriteLine(text);
        Console.WriteLine(text);

        Assert.True(failed == 0, text);
    }

    [Fact]
    public void Modules_are_discovered_from_the_output_folder()
    {
        var catalog = AssemblyCatalog.Current;
        var fromFiles = Directory.GetFiles(AppContext.BaseDirectory, AssemblyCatalog.ModulePrefix + "*.*.dll")
            .Select(path => AssemblyCatalog.ParseModuleName(Path.GetFileNameWithoutExtension(path)))
            .OfType<(string Module, string Layer)>()
            .Where(m => m.Layer != "Tests")
            .Select(m => m.Module)
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.Equal(fromFiles, catalog.Modules);
        Assert.Contains("Tasking", catalog.Modules);
        Assert.NotNull(catalog.Host);
        Assert.Equal(AssemblyCatalog.Layers.Order(), catalog.BuildingBlocks.Select(b => b.Name.Name[AssemblyCatalog.BuildingBlocksPrefix.Length..]).Order());
    }

    /// <summary>A rule over nothing passes vacuously: make sure each kind of type the rules judge is actually found.</summary>
    [Fact]
    public void Rules_have_something_to_judge()
    {
        var modules = AssemblyCatalog.Current.ModuleAssemblies;
        var types = modules.SelectMany(m => m.Assembly.UserTypes()).ToList();

        Assert.Contains(types, ConventionRules.IsHandler);
        Assert.Contains(types, ConventionRules.IsValidator);
        Assert.Contains(types, t => t.DerivesFrom(ConventionRules.AggregateRoot));
        Assert.Contains(types, ConventionRules.IsIntegrationEvent);
        Assert.Contains(types, t => t.Implements(ConventionRules.DomainEvent));
        Assert.Contains(types, t => t.Implements(ConventionRules.BusinessRule));
        Assert.All(AssemblyCatalog.Layers, layer => Assert.NotEmpty(AssemblyCatalog.Current.ModuleLayer(layer)));
    }

    private static string Describe(Rule rule, IReadOnlyList<Violation> violations)
    {
        var text = new StringBuilder();
        text.Append(violations.Count == 0 ? "PASS  " : "FAIL  ").Append(rule.Name).Append(" — ").AppendLine(rule.Reason);
        foreach (var violation in violations)
        {
            text.Append("        - ").AppendLine(violation.ToString());
        }

        return text.ToString().TrimEnd();
    }
}
