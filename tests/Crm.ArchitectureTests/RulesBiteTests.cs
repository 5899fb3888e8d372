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

        // The DbContext uses EF Core; the domain itself passes.
        Assert.Contains(violations, v => v.Where.EndsWith(".TaskingDbContext", StringComparison.Ordinal));
        Assert.Empty(LayerRules.DomainIsPure([Tasking("Domain")]));
    }

    [Fact]
    public void Application_rule_reports_infrastructure()
    {
        var violations = LayerRules.ApplicationIsNotInfrastructure([Tasking("Infrastructure")], ["Crm.BuildingBlocks.Infrastructure"]);

        Assert.Contains(violations, v => v.Where.EndsWith(".TaskingModule", StringComparison.Ordinal));
    }

    [Fact]
    public void Module_rule_reports_another_modules_internals()
    {
        // Tasking's Infrastructure judged as if it belonged to another module: it uses Tasking's Application and Domain.
        var violations = ModuleRules.NoReachIntoOtherModules([Tasking("Infrastructure")], "SomeOtherModule", Catalog.ModuleAssemblies);

        Assert.Contains(violations, v => v.Where.EndsWith(".TaskingModule", StringComparison.Ordinal));
        // Another module's Contracts are allowed.
        Assert.Empty(ModuleRules.NoReachIntoOtherModules([Tasking("Contracts")], "SomeOtherModule", Catalog.ModuleAssemblies));
    }

    [Fact]
    public void Contracts_rule_reports_packages()
    {
        var violations = LayerRules.ContractsArePlain([Tasking("Application")]);

        Assert.NotEmpty(violations);
        Assert.Empty(LayerRules.ContractsArePlain([Tasking("Contracts")]));
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
        Assert.DoesNotContain(violations, v => v.Where == typeof(ChangeSomethingHandler).FullName);
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

        Assert.Contains(violations, v => v.Where.EndsWith(".TaskingModule", StringComparison.Ordinal));
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

        Assert.Single(violations);
        Assert.DoesNotContain(ConventionRules.AggregatesGuardTheirState([Fixtures.Value]), v => v.Where == typeof(Garage).FullName);
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

    [Fact]
    public void Request_rule_reports_setters_but_not_init_records()
    {
        var violations = ConventionRules.RequestsAreImmutable([Fixtures.Value]);

        Assert.Contains(violations, v => v.Where == typeof(ChangeSomethingCommand).FullName);
        Assert.DoesNotContain(violations, v => v.Where == typeof(RenameSomethingCommand).FullName);
    }

    [Fact]
    public void Handler_name_rule_reports_misnamed_and_multi_request_handlers()
    {
        var violations = ConventionRules.HandlersAreNamedAfterTheirRequest([Fixtures.Value]);

        Assert.Equal(
            [
                $"{typeof(SomethingCommandsHandler).FullName}: handles 2 requests (ChangeSomethingCommand, RenameSomethingCommand); one handler per request",
                $"{typeof(SomethingRenamer).FullName}: handles RenameSomethingCommand; name it RenameSomethingHandler",
            ],
            violations.Select(v => v.ToString()).Order(StringComparer.Ordinal));
        Assert.Equal("GetEmployeeHandler", ConventionRules.ExpectedHandlerName("GetEmployeeQuery"));
    }

    [Fact]
    public void By_id_rule_reports_a_held_aggregate_but_not_the_own_root()
    {
        var violations = AggregateRules.EntitiesReferToOtherAggregatesById([Fixtures.Value]);

        Assert.Contains(violations, v => v.Where == typeof(Garage).FullName && v.What.StartsWith("property Parked holds aggregate", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.Where == typeof(Bay).FullName && v.What.StartsWith("field _cars holds aggregate", StringComparison.Ordinal));
        Assert.DoesNotContain(violations, v => v.What.Contains("Owner", StringComparison.Ordinal));
    }

    [Fact]
    public void Child_entity_rule_reports_a_public_mutator_only()
    {
        var violations = AggregateRules.ChildEntitiesChangeOnlyThroughTheirRoot([Fixtures.Value]);

        Assert.Equal([$"{typeof(Bay).FullName}: Rename can be called outside the domain and changes the entity; make it internal"], violations.Select(v => v.ToString()));
    }

    [Fact]
    public void Building_block_interface_rule_reports_an_implementation_used_by_another_module()
    {
        var sales = Catalog.ModuleAssemblies.Where(m => m.Module == "Sales").Select(m => (m.Module, m.Assembly));
        var violations = ModuleRules.BuildingBlockInterfacesDoNotJoinModules([("Planted", Fixtures.Value), .. sales]);

        Assert.Contains(violations, v => v.Where == "Crm.BuildingBlocks.Application.Persistence.IUnitOfWorkLocator" && v.What.Contains("used by Sales", StringComparison.Ordinal));
    }
}
