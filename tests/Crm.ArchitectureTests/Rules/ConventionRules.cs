using Mono.Cecil;

namespace Crm.ArchitectureTests.Rules;

/// <summary>Rules about the shape of types: visibility, names, mutability.</summary>
public static class ConventionRules
{
    public const string IntegrationEvent = "Crm.BuildingBlocks.Contracts.IntegrationEvent";
    public const string DomainEvent = "Crm.BuildingBlocks.Domain.IDomainEvent";
    public const string BusinessRule = "Crm.BuildingBlocks.Domain.IBusinessRule";
    public const string AggregateRoot = "Crm.BuildingBlocks.Domain.AggregateRoot`1";

    private static readonly string[] HandlerInterfaces =
        ["MediatR.IRequestHandler`1", "MediatR.IRequestHandler`2", "MediatR.INotificationHandler`1"];

    private const string Validator = "FluentValidation.AbstractValidator`1";

    /// <summary>
    /// Rule 5: a contracts assembly shows integration events and the small records or enums they carry. A public
    /// type that is none of these, or that no event carries, is a module internal leaking out.
    /// </summary>
    public static IReadOnlyList<Violation> ContractsHoldOnlyEvents(IEnumerable<AssemblyDefinition> contracts)
    {
        var publicTypes = contracts.SelectMany(a => a.UserTypes()).Where(t => t.IsVisibleOutside()).ToList();
        var events = publicTypes.Where(IsIntegrationEvent).ToList();
        var carried = TypesCarriedBy(events);

        var violations = new List<Violation>();
        foreach (var type in publicTypes.Where(t => !IsIntegrationEvent(t)))
        {
            var shapeOk = type.IsEnum || (type.IsRecord() && (type.IsSealed || type.IsAbstract || type.IsValueType));
            if (!shapeOk)
            {
                violations.Add(new Violation(type.FullName, "public type that is neither an integration event nor a sealed/abstract record or enum"));
            }
            else if (!type.IsAbstract && !carried.Contains(type.FullName))
            {
                violations.Add(new Violation(type.FullName, "public type that no integration event carries"));
            }
        }

        return violations;
    }

    /// <summary>Rule 6: MediatR finds handlers by reflection; public would make them an API other modules could call.</summary>
    public static IReadOnlyList<Violation> HandlersAreInternalSealed(IEnumerable<AssemblyDefinition> assemblies) =>
        InternalSealed(assemblies, IsHandler, "handler");

    /// <summary>Rule 7: validators are found by the pipeline, never called; nothing outside needs to see them.</summary>
    public static IReadOnlyList<Violation> ValidatorsAreInternalSealed(IEnumerable<AssemblyDefinition> assemblies) =>
        InternalSealed(assemblies, IsValidator, "validator");

    /// <summary>Rule 9: readers find events and rules by name; the suffix says what a type is without opening it.</summary>
    public static IReadOnlyList<Violation> DomainNamesFollowConvention(IEnumerable<AssemblyDefinition> domains)
    {
        var violations = new List<Violation>();
        foreach (var type in domains.SelectMany(a => a.UserTypes()).Where(t => !t.IsAbstract))
        {
            var name = PlainName(type);
            if (type.Implements(DomainEvent) && !name.EndsWith("DomainEvent", StringComparison.Ordinal))
            {
                violations.Add(new Violation(type.FullName, "implements IDomainEvent but its name does not end with 'DomainEvent'"));
            }

            if (type.Implements(BusinessRule) && !name.EndsWith("Rule", StringComparison.Ordinal))
            {
                violations.Add(new Violation(type.FullName, "implements IBusinessRule but its name does not end with 'Rule'"));
            }
        }

        return violations;
    }

    /// <summary>
    /// Rule 10: aggregates and the entities inside them change only through their methods, which check the business
    /// rules; a public setter (or init, or writable field) bypasses them. Every non-record class of a Domain is
    /// held to this (aggregates, entities, child entities such as history lines); records are values.
    /// </summary>
    public static IReadOnlyList<Violation> AggregatesGuardTheirState(IEnumerable<AssemblyDefinition> domains)
    {
        var violations = new List<Violation>();
        foreach (var type in domains.SelectMany(a => a.UserTypes()))
        {
            if (!type.IsClass || type.IsValueType || type.IsInterface || type.IsStaticClass() || type.IsRecord())
            {
                continue;
            }

            var kind = type.DerivesFrom(AggregateRoot) ? "aggregate" : "entity";
            violations.AddRange(type.PublicMutableMembers(allowInit: false).Select(m => new Violation(type.FullName, $"{kind} {m}")));
        }

        return violations;
    }

    /// <summary>
    /// Rule 12: an integration event is a fact already written to the outbox; it is a record and nobody may change
    /// it after creation (init only). The records it carries are held to the same.
    /// </summary>
    public static IReadOnlyList<Violation> IntegrationEventsAreImmutableRecords(IEnumerable<AssemblyDefinition> contracts)
    {
        var violations = new List<Violation>();
        foreach (var type in contracts.SelectMany(a => a.UserTypes()).Where(t => t.IsVisibleOutside() && !t.IsEnum))
        {
            if (IsIntegrationEvent(type) && !type.IsRecord())
            {
                violations.Add(new Violation(type.FullName, "integration event that is not a record"));
            }

            violations.AddRange(type.PublicMutableMembers(allowInit: true).Select(m => new Violation(type.FullName, m)));
        }

        return violations;
    }

    public static bool IsIntegrationEvent(TypeDefinition type) => type.DerivesFrom(IntegrationEvent);

    public static bool IsHandler(TypeDefinition type) =>
        type is { IsClass: true, IsInterface: false } && HandlerInterfaces.Any(type.Implements);

    public static bool IsValidator(TypeDefinition type) => type is { IsClass: true, IsInterface: false } && type.DerivesFrom(Validator);

    private static List<Violation> InternalSealed(IEnumerable<AssemblyDefinition> assemblies, Func<TypeDefinition, bool> isKind, string kind)
    {
        var violations = new List<Violation>();
        foreach (var type in assemblies.SelectMany(a => a.UserTypes()).Where(isKind))
        {
            if (type.IsVisibleOutside())
            {
                violations.Add(new Violation(type.FullName, $"{kind} is public; make it internal"));
            }

            // An abstract base inside a module cannot be sealed; it still must not be public.
            if (!type.IsAbstract && !type.IsSealed)
            {
                violations.Add(new Violation(type.FullName, $"{kind} is not sealed"));
            }
        }

        return violations;
    }

    /// <summary>Full names of the contract types an event carries, followed through records that carry others.</summary>
    private static HashSet<string> TypesCarriedBy(IEnumerable<TypeDefinition> events)
    {
        var carried = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<TypeDefinition>(events);
        while (pending.TryPop(out var type))
        {
            var members = type.SelfAndBaseTypes()
                .SelectMany(t => t.Properties.Select(p => p.PropertyType)
                    .Concat(t.Methods.Where(m => m.IsConstructor && m.IsPublic).SelectMany(m => m.Parameters).Select(p => p.ParameterType)));
            foreach (var component in members.SelectMany(m => m.Components()))
            {
                if (CecilExtensions.IsFramework(component.ScopeAssembly()) || !carried.Add(component.FullName))
                {
                    continue;
                }

                if (component.Resolve() is { } definition)
                {
                    pending.Push(definition);
                }
            }
        }

        return carried;
    }

    private static string PlainName(TypeDefinition type)
    {
        var tick = type.Name.IndexOf('`', StringComparison.Ordinal);
        return tick < 0 ? type.Name : type.Name[..tick];
    }
}
