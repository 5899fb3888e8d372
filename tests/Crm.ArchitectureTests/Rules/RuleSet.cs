namespace Crm.ArchitectureTests.Rules;

/// <summary>
/// Every architecture rule, in the order the report lists them. Names are the test cases' names. The engine is
/// NetArchTest.Rules wherever its fluent API can say the rule; otherwise Mono.Cecil, with the reason.
/// </summary>
public static class RuleSet
{
    public static IReadOnlyList<Rule> For(AssemblyCatalog catalog)
    {
        var modules = catalog.ModuleAssemblies.Select(m => m.Assembly).ToList();
        return
        [
            new("Domain references no other layer and no package",
                "The domain is plain C#: business rules must not depend on persistence, messaging or web concerns.",
                Arch.NetArchTest,
                () => LayerRules.DomainIsPure(catalog.Layer("Domain"))),
            new("Application does not reference Infrastructure",
                "Use cases talk to ports (repositories, unit of work); EF Core and ASP.NET Core stay behind them.",
                Arch.NetArchTest,
                () => LayerRules.ApplicationIsNotInfrastructure(catalog.Layer("Application"), catalog.Layer("Infrastructure").Select(a => a.Name.Name))),
            new("No module references another module except through its Contracts",
                "Modules are separately owned and may be split out; they share only published integration events.",
                Arch.NetArchTest,
                () => ModuleRules.NoReachIntoOtherModules(catalog.ModuleAssemblies)),
            new("Contracts reference nothing but the building blocks' contract base",
                "Every module reads contracts; a dependency in them becomes every module's dependency.",
                Arch.NetArchTest,
                () => LayerRules.ContractsArePlain(catalog.Layer("Contracts"))),
            new("Contracts contain only integration-event types",
                "A module's contracts are its public promise; anything else there leaks internals other modules will bind to.",
                "Mono.Cecil: follows which records each event carries, a relation between types NetArchTest has no predicate for",
                () => ConventionRules.ContractsHoldOnlyEvents(catalog.ModuleLayer("Contracts").Select(m => m.Assembly))),
            new("Handlers are not public",
                "Handlers are reached through MediatR only; internal sealed keeps them out of other modules' reach.",
                Arch.NetArchTestOnCecilSelection,
                () => ConventionRules.HandlersAreInternalSealed(modules)),
            new("Validators are not public",
                "Validators run in the pipeline; nothing outside the module should see or call them.",
                Arch.NetArchTestOnCecilSelection,
                () => ConventionRules.ValidatorsAreInternalSealed(modules)),
            new("The Host references modules only for registration",
                "The host discovers modules from files at run time; a type reference would couple it to one module.",
                Arch.NetArchTest,
                () => LayerRules.HostDoesNotUseModuleTypes(catalog.Host)),
            new("Domain events and business rules are named by convention",
                "The suffixes DomainEvent and Rule tell a reader what a type is without opening it.",
                Arch.NetArchTestOnCecilSelection,
                () => ConventionRules.DomainNamesFollowConvention(catalog.Layer("Domain"))),
            new("Aggregates guard their state",
                "State changes only through aggregate methods that check business rules; a public setter bypasses them.",
                Arch.NetArchTest + " (BeImmutable), on types selected by a Cecil predicate that leaves records out, which NetArchTest cannot tell",
                () => ConventionRules.AggregatesGuardTheirState(catalog.Layer("Domain"))),
            new("Each module has the four layers",
                "Domain, Application, Infrastructure and Contracts: the same shape makes every module easy to find one's way in.",
                "file listing: a missing assembly has no types for NetArchTest to judge",
                () => ModuleRules.EveryModuleHasFourLayers(catalog.ModuleAssemblies)),
            new("Module integration events are immutable records",
                "An event is a fact written to the outbox and read by others; it must not change after it is created.",
                "Mono.Cecil: NetArchTest cannot tell a record, and its BeImmutable counts init accessors as setters",
                () => ConventionRules.IntegrationEventsAreImmutableRecords(catalog.Layer("Contracts"))),
            new("No building-block interface joins two modules",
                "An interface declared in the building blocks, implemented in one module and used by another is a synchronous call between modules that no module reference shows (ADR 0001).",
                "Mono.Cecil: relates the implementer in one module to the user in another and compares closed generics, beyond NetArchTest's per-type predicates",
                () => ModuleRules.BuildingBlockInterfacesDoNotJoinModules(catalog.ModuleAssemblies.Select(m => (m.Module, m.Assembly)).ToList())),
            new("Commands and queries are immutable",
                "A request is a message built once and read by its handler; nothing on the way may change it.",
                "Mono.Cecil predicates run by NetArchTest's MeetCustomRule: NetArchTest cannot tell a record and counts init accessors as setters",
                () => ConventionRules.RequestsAreImmutable(modules)),
            new("Handlers are named after their request",
                "XCommand or XQuery is handled by XHandler, one request each: a reader finds the handler from the request's name.",
                "Mono.Cecil: NetArchTest cannot relate a type's name to the generic argument of the interface it implements",
                () => ConventionRules.HandlersAreNamedAfterTheirRequest(modules)),
            new("An aggregate refers to another aggregate only by id",
                "A field holding another aggregate root would load, save and lock two aggregates as one and let one change the other unguarded.",
                "Mono.Cecil: reads field types through generics (List<Order>), which NetArchTest's dependency predicates cannot tell from a method parameter",
                () => AggregateRules.EntitiesReferToOtherAggregatesById(catalog.Layer("Domain"))),
            new("A non-root entity changes only through its aggregate root",
                "An entity a root holds (checked as: no method or setter callable outside the domain assembly writes its fields; its mutators are internal, so only its root calls them) keeps the root's rules in force.",
                "Mono.Cecil: reads which fields method bodies write, which NetArchTest does not look into",
                () => AggregateRules.ChildEntitiesChangeOnlyThroughTheirRoot(catalog.Layer("Domain"))),
        ];
    }
}
