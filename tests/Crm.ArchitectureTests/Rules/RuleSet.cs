namespace Crm.ArchitectureTests.Rules;

/// <summary>Every architecture rule, in the order the report lists them. Names are the test cases' names.</summary>
public static class RuleSet
{
    public static IReadOnlyList<Rule> For(AssemblyCatalog catalog) =>
    [
        new("Domain references no other layer and no package",
            "The domain is plain C#: business rules must not depend on persistence, messaging or web concerns.",
            () => LayerRules.DomainIsPure(catalog.Layer("Domain"))),
        new("Application does not reference Infrastructure",
            "Use cases talk to ports (repositories, unit of work); EF Core and ASP.NET Core stay behind them.",
            () => LayerRules.ApplicationIsNotInfrastructure(catalog.Layer("Application"))),
        new("No module references another module except through its Contracts",
            "Modules are separately owned and may be split out; they share only published integration events.",
            () => ModuleRules.NoReachIntoOtherModules(catalog.ModuleAssemblies)),
        new("Contracts reference nothing but the building blocks' contract base",
            "Every module reads contracts; a dependency in them becomes every module's dependency.",
            () => LayerRules.ContractsArePlain(catalog.Layer("Contracts"))),
        new("Contracts contain only integration-event types",
            "A module's contracts are its public promise; anything else there leaks internals other modules will bind to.",
            () => ConventionRules.ContractsHoldOnlyEvents(catalog.ModuleLayer("Contracts").Select(m => m.Assembly))),
        new("Handlers are not public",
            "Handlers are reached through MediatR only; internal sealed keeps them out of other modules' reach.",
            () => ConventionRules.HandlersAreInternalSealed(catalog.ModuleAssemblies.Select(m => m.Assembly))),
        new("Validators are not public",
            "Validators run in the pipeline; nothing outside the module should see or call them.",
            () => ConventionRules.ValidatorsAreInternalSealed(catalog.ModuleAssemblies.Select(m => m.Assembly))),
        new("The Host references modules only for registration",
            "The host discovers modules from files at run time; a type reference would couple it to one module.",
            () => LayerRules.HostDoesNotUseModuleTypes(catalog.Host)),
        new("Domain events and business rules are named by convention",
            "The suffixes DomainEvent and Rule tell a reader what a type is without opening it.",
            () => ConventionRules.DomainNamesFollowConvention(catalog.Layer("Domain"))),
        new("Aggregates guard their state",
            "State changes only through aggregate methods that check business rules; a public setter bypasses them.",
            () => ConventionRules.AggregatesGuardTheirState(catalog.Layer("Domain"))),
        new("Each module has the four layers",
            "Domain, Application, Infrastructure and Contracts: the same shape makes every module easy to find one's way in.",
            () => ModuleRules.EveryModuleHasFourLayers(catalog.ModuleAssemblies)),
        new("Module integration events are immutable records",
            "An event is a fact written to the outbox and read by others; it must not change after it is created.",
            () => ConventionRules.IntegrationEventsAreImmutableRecords(catalog.Layer("Contracts"))),
    ];
}
