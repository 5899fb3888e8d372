using Crm.ArchitectureTests.Fixtures;
using Crm.ArchitectureTests.Rules;
using Mono.Cecil;

namespace Crm.ArchitectureTests;

/// <summary>
/// Proof that each rule can fail: a rule that never reports anything proves nothing. Each test hands a rule an
/// assembly that breaks it — a real assembly judged as another layer, or this test assembly with its bad fixtures.
/// </summary>
public sealed class RulesBiteTests
{
    private static readonly AssemblyCatalog Catalog = AssemblyCatalog.Current;

    private static readonly Lazy<AssemblyDefinition> Fixtures = new(() => Catalog.Read(typeof(PublicPingHandler).Assembly.Location));

    private static AssemblyDefinition Tasking(string layer) =>
        Catalog.ModuleAssemblies.Single(m => m.Module == "Tasking" && m.Layer == layer).Assembly;

    [Fact]
    public void Domain_rule_reports_packages_and_other_layers()
    {
        var violations = LayerRules.DomainIsPure([Tasking("Infrastructure")]);

        Assert.Contains(violations, v => v.What.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.What.Contains("Crm.Modules.Tasking.Application", StringComparison.Ordinal));
    }

    [Fact]
    public void Application_rule_reports_infrastructure()
    {
        var violations = LayerRules.ApplicationIsNotInfrastructure([Tasking("Infrastructure")]);

        Assert.Contains(violations, v => v.What.Contains("Crm.BuildingBlocks.Infrastructure", StringComparison.Ordinal));
    }

    [Fact]
    public void Module_rule_reports_another_modules_internals()
    {
        // Tasking's Infrastructure judged as if it belonged to another module: it uses Tasking's Application and Domain.
        var violations = ModuleRules.NoReachIntoOtherModules(Tasking("Infrastructure"), "SomeOtherModule");

        Assert.Contains(violations, v => v.What.Contains("Crm.Modules.Tasking.Domain", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.What.Contains("Crm.Modules.Tasking.Contracts", StringComparison.Ordinal));
    }

    [Fact]
    public void Contracts_rule_reports_packages()
    {
        var violations = LayerRules.ContractsArePlain([Tasking("Application")]);

        Assert.Contains(violations, v => v.What.Contains("MediatR", StringComparison.Ordinal));
    }

    [Fact]
    public void Contracts_content_rule_reports_loose_types()
    {
        var violations = ConventionRules.ContractsHoldOnlyEvents([Fixtures.Value]);

        Assert.Contains(violations, v => v.Where == typeof(LooseContractType).FullName);
        Assert.DoesNotContain(violations, v => v.Where == typeof(MutableIntegrationEvent).FullName);
    }

    [Fact]
    public void Handler_rule_reports_public_handlers()
    {
        var violations = ConventionRules.HandlersAreInternalSealed([Fixtures.Value]);

        Assert.Equal([$"{typeof(PublicPingHandler).FullName}: handler is public; make it internal"], violations.Select(v => v.ToString()));
    }

    [Fact]
    public void Validator_rule_reports_public_and_unsealed_validators()
    {
        var violations = ConventionRules.ValidatorsAreInternalSealed([Fixtures.Value]);

        Assert.Equal(2, violations.Count(v => v.Where == typeof(PublicUnsealedValidator).FullName));
    }

    [Fact]
    public void Host_rule_reports_module_types()
    {
        var violations = LayerRules.HostDoesNotUseModuleTypes(Tasking("Infrastructure"));

        Assert.Contains(violations, v => v.What.Contains("Crm.Modules.Tasking.Application", StringComparison.Ordinal));
    }

    [Fact]
    public void Naming_rule_reports_misnamed_events_and_rules()
    {
        var violations = ConventionRules.DomainNamesFollowConvention([Fixtures.Value]);

        Assert.Contains(violations, v => v.Where == typeof(SomethingHappened).FullName);
        Assert.Contains(violations, v => v.Where == typeof(MustBeTrue).FullName);
    }

    [Fact]
    public void Aggregate_rule_reports_public_setters_only()
    {
        var violations = ConventionRules.AggregatesGuardTheirState([Fixtures.Value])
            .Where(v => v.Where == typeof(LeakyAggregate).FullName);

        Assert.Equal(["aggregate property Name has a public setter"], violations.Select(v => v.What));
    }

    [Fact]
    public void Layer_rule_reports_a_missing_layer()
    {
        var violations = ModuleRules.EveryModuleHasFourLayers(Catalog.ModuleAssemblies.Where(m => m.Layer != "Contracts").ToList());

        Assert.Contains(violations, v => v.What == "Crm.Modules.Tasking.Contracts is missing");
    }

    [Fact]
    public void Event_rule_reports_setters_but_not_init()
    {
        var violations = ConventionRules.IntegrationEventsAreImmutableRecords([Fixtures.Value])
            .Where(v => v.Where == typeof(MutableIntegrationEvent).FullName);

        Assert.Equal(["property Settable has a public setter"], violations.Select(v => v.What));
    }
}
