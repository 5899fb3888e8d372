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
    public static IReadOnlyList<Violation> HandlersAreInternalSealed(IEnumerable<AssemblyDefinition> assemblies)
    {
        var all = assemblies.ToList();
        return
        [
            .. Arch.Failures(Arch.Selected(all, IsHandler).Should().NotBePublic(), "handler is public; make it internal"),
            .. Arch.Failures(Arch.Selected(all, IsHandler).And().AreNotAbstract().Should().BeSealed(), "handler is not sealed"),
        ];
    }

    /// <summary>Rule 7: validators are found by the pipeline, never called; nothing outside needs to see them.</summary>
    public static IReadOnlyList<Violation> ValidatorsAreInternalSealed(IEnumerable<AssemblyDefinition> assemblies)
    {
        var all = assemblies.ToList();
        return
        [
            .. Arch.Failures(Arch.Selected(all, IsValidator).Should().NotBePublic(), "validator is public; make it internal"),
            .. Arch.Failures(Arch.Selected(all, IsValidator).And().AreNotAbstract().Should().BeSealed(), "validator is not sealed"),
        ];
    }

    /// <summary>Rule 9: readers find events and rules by name; the suffix says what a type is without opening it.</summary>
    public static IReadOnlyList<Violation> DomainNamesFollowConvention(IEnumerable<AssemblyDefinition> domains)
    {
        var all = domains.ToList();
        return
        [
            .. Arch.Failures(
                Arch.Selected(all, t => t.Implements(DomainEvent)).And().AreNotAbstract().Should().HaveNameEndingWith("DomainEvent"),
                "implements IDomainEvent but its name does not end with 'DomainEvent'"),
            .. Arch.Failures(
                Arch.Selected(all, t => t.Implements(BusinessRule)).And().AreNotAbstract().Should().HaveNameEndingWith("Rule"),
                "implements IBusinessRule but its name does not end with 'Rule'"),
        ];
    }

    /// <summary>
    /// Rule 10: aggregates and the entities inside them change only through their methods, which check the business
    /// rules; a public setter (or init, or writable field) bypasses them. Every non-record class of a Domain is
    /// held to this (aggregates, entities, child entities such as history lines); records are values. NetArchTest's
    /// <c>BeImmutable</c> is exactly "no public set or init, no public writable field"; it cannot tell a record, so a
    /// Cecil predicate leaves records out.
    /// </summary>
    public static IReadOnlyList<Violation> AggregatesGuardTheirState(IEnumerable<AssemblyDefinition> domains) =>
        Arch.Failures(
            Arch.Selected(domains, t => t is { IsClass: true, IsValueType: false, IsInterface: false } && !t.IsStaticClass() && !t.IsRecord() && !CecilExtensions.IsCompilerGenerated(t))
                .Should().BeImmutable(),
            "has a public setter, init or writable field");

    /// <summary>
    /// Rule 14: a command or query is a message: it is built once and read by its handler, never changed on the way
    /// through the pipeline: a record whose members are init-only. Cecil predicates, run by NetArchTest's
    /// <c>MeetCustomRule</c>: its <c>BeImmutable</c> counts a record's init accessors as setters.
    /// </summary>
    public static IReadOnlyList<Violation> RequestsAreImmutable(IEnumerable<AssemblyDefinition> assemblies) =>
        Arch.Failures(
            Arch.Selected(assemblies, t => t is { IsClass: true, IsInterface: false } && (t.Implements("MediatR.IRequest`1") || t.Implements("MediatR.IRequest")))
                .Should().MeetCustomRule(new CecilRule(t => t.IsRecord() && !t.PublicMutableMembers(allowInit: true).Any())),
            "command or query that is not a record with init-only members");

    /// <summary>
    /// Rule 15: a handler handles one request and is named after it, the suffix Command or Query dropped:
    /// <c>CreatePositionCommand</c> → <c>CreatePositionHandler</c> (what the code base does). Mono.Cecil: NetArchTest
    /// cannot relate a type's name to the generic argument of an interface it implements.
    /// </summary>
    public static IReadOnlyList<Violation> HandlersAreNamedAfterTheirRequest(IEnumerable<AssemblyDefinition> assemblies)
    {
        var violations = new List<Violation>();
        foreach (var handler in assemblies.SelectMany(a => a.UserTypes()).Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            var requests = handler.AllInterfaces()
                .Where(i => i.OpenName() is "MediatR.IRequestHandler`1" or "MediatR.IRequestHandler`2")
                .Select(i => ((GenericInstanceType)i).GenericArguments[0])
                .Where(request => request is not GenericParameter)
                .Select(request => request.Name)
                .Distinct()
                .ToList();
            if (requests.Count > 1)
            {
                violations.Add(new Violation(handler.FullName, $"handles {requests.Count} requests ({string.Join(", ", requests)}); one handler per request"));
            }
            else if (requests.Count == 1 && PlainName(handler) != ExpectedHandlerName(requests[0]))
            {
                violations.Add(new Violation(handler.FullName, $"handles {requests[0]}; name it {ExpectedHandlerName(requests[0])}"));
            }
        }

        return violations;
    }

    /// <summary><c>CreatePositionCommand</c>, <c>GetEmployeeQuery</c> or <c>Ping</c> → <c>CreatePositionHandler</c>, <c>GetEmployeeHandler</c>, <c>PingHandler</c>.</summary>
    public static string ExpectedHandlerName(string request)
    {
        foreach (var suffix in (string[])["Command", "Query"])
        {
            if (request.Length > suffix.Length && request.EndsWith(suffix, StringComparison.Ordinal))
            {
                return request[..^suffix.Length] + "Handler";
            }
        }

        return request + "Handler";
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
