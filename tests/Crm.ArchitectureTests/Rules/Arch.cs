using System.Reflection;
using Mono.Cecil;
using NetArchTest.Rules;

namespace Crm.ArchitectureTests.Rules;

/// <summary>The bridge from the catalog's assemblies to NetArchTest.Rules and back to <see cref="Violation"/>s.</summary>
public static class Arch
{
    public const string NetArchTest = "NetArchTest.Rules";

    /// <summary>For rules over "every X that implements Y": the condition is NetArchTest's, the selection Cecil's.</summary>
    public const string NetArchTestOnCecilSelection =
        "NetArchTest.Rules, on types selected by a Cecil predicate (NetArchTest's ImplementInterface/Inherit miss what a class inherits from a base class)";

    /// <summary>The types of these assemblies as NetArchTest sees them (it reads them with Cecil from their files).</summary>
    public static Types TypesIn(IEnumerable<AssemblyDefinition> assemblies) =>
        Types.InAssemblies(assemblies.Select(a => Assembly.LoadFrom(a.MainModule.FileName)).ToList());

    /// <summary>
    /// The types a Cecil predicate selects. Used for "implements X": NetArchTest's <c>ImplementInterface</c> sees only
    /// the interfaces a class declares itself, and misses handlers and events that inherit theirs from a base class
    /// (IntegrationEventHandler&lt;T&gt;, OrderDomainEvent); <c>NetArchTest_misses_inherited_interfaces</c> shows it.
    /// </summary>
    public static PredicateList Selected(IEnumerable<AssemblyDefinition> assemblies, Func<TypeDefinition, bool> which) =>
        TypesIn(assemblies).That().MeetCustomRule(new CecilRule(which));

    /// <summary>Each type NetArchTest reports as failing, with what the rule expected of it.</summary>
    public static IReadOnlyList<Violation> Failures(ConditionList conditions, string what)
    {
        var result = conditions.GetResult();
        return result.IsSuccessful
            ? []
            : (result.FailingTypeNames ?? []).Order(StringComparer.Ordinal).Select(name => new Violation(name, what)).ToList();
    }

    /// <summary>
    /// One NetArchTest check per assembly (rules whose allowed list includes the assembly's own namespace), over the
    /// hand-written types: the compiler's helpers depend on their own type parameters, which have no namespace.
    /// </summary>
    public static IReadOnlyList<Violation> EachAssembly(
        IEnumerable<AssemblyDefinition> assemblies, Func<AssemblyDefinition, PredicateList, ConditionList> check, string what) =>
        assemblies.SelectMany(a => Failures(check(a, Selected([a], t => !CecilExtensions.IsCompilerGenerated(t))), what)).ToList();
}

/// <summary>A Cecil predicate handed to NetArchTest's <c>MeetCustomRule</c>, for what its fluent API cannot say.</summary>
public sealed class CecilRule(Func<TypeDefinition, bool> meets) : ICustomRule
{
    public bool MeetsRule(TypeDefinition type) => meets(type);
}
