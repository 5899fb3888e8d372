using Mono.Cecil;

namespace Crm.ArchitectureTests.Rules;

/// <summary>How modules stand to each other and what each must contain.</summary>
public static class ModuleRules
{
    /// <summary>
    /// Rule 3: module <paramref name="owner"/> may use another module's Contracts only. The forbidden namespaces are
    /// the other modules' assemblies found in the catalog (namespaces follow assembly names), so a new module or
    /// layer is covered as soon as it exists.
    /// </summary>
    public static IReadOnlyList<Violation> NoReachIntoOtherModules(
        IEnumerable<AssemblyDefinition> assemblies, string owner, IEnumerable<ModuleAssembly> allModules)
    {
        var forbidden = allModules.Where(m => m.Module != owner && m.Layer != "Contracts").Select(m => m.Name).ToArray();
        return forbidden.Length == 0
            ? []
            : Arch.Failures(
                Arch.TypesIn(assemblies).ShouldNot().HaveDependencyOnAny(forbidden),
                $"module {owner} uses another module's internals ({string.Join(", ", forbidden)})");
    }

    /// <summary>Rule 3 over every module, each judged against its own module.</summary>
    public static IReadOnlyList<Violation> NoReachIntoOtherModules(IReadOnlyList<ModuleAssembly> modules) =>
        modules.GroupBy(m => m.Module)
            .SelectMany(g => NoReachIntoOtherModules(g.Select(m => m.Assembly), g.Key, modules))
            .ToList();

    /// <summary>Rule 11: every discovered module has Domain, Application, Infrastructure and Contracts.</summary>
    public static IReadOnlyList<Violation> EveryModuleHasFourLayers(IReadOnlyList<ModuleAssembly> modules)
    {
        if (modules.Count == 0)
        {
            return [new Violation("output folder", "no Crm.Modules.*.*.dll found: no module to check")];
        }

        return modules
            .GroupBy(m => m.Module)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .SelectMany(g => AssemblyCatalog.Layers
                .Where(layer => g.All(m => m.Layer != layer))
                .Select(layer => new Violation($"module {g.Key}", $"{AssemblyCatalog.ModulePrefix}{g.Key}.{layer} is missing")))
            .ToList();
    }

    /// <summary>
    /// Rule 13: an interface declared in the building blocks and implemented in one module must not be used by
    /// another: that is a synchronous call between modules which no reference between module assemblies shows
    /// (ADR 0001). Generic interfaces are compared closed (each module's <c>IRepository&lt;its aggregate&gt;</c> is
    /// its own). Mono.Cecil: NetArchTest selects types one assembly at a time and cannot relate the implementer in
    /// one module to the user in another, nor compare closed generic interfaces.
    /// </summary>
    public static IReadOnlyList<Violation> BuildingBlockInterfacesDoNotJoinModules(
        IReadOnlyList<(string Module, AssemblyDefinition Assembly)> modules)
    {
        var implementations = modules
            .SelectMany(m => m.Assembly.UserTypes()
                .Where(t => t is { IsClass: true, IsInterface: false })
                .SelectMany(t => t.AllInterfaces()
                    .Where(i => i.ScopeAssembly().StartsWith(AssemblyCatalog.BuildingBlocksPrefix, StringComparison.Ordinal))
                    .Select(i => (Interface: i.FullName, m.Module, Type: t.FullName))))
            .Distinct()
            .ToList();
        var uses = modules.Select(m => (m.Module, m.Assembly, Used: UsedTypeNames(m.Assembly))).ToList();

        var violations = new List<Violation>();
        foreach (var byInterface in implementations.GroupBy(i => i.Interface).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var implementers = byInterface.Select(i => i.Module).ToHashSet(StringComparer.Ordinal);
            var users = uses.Where(u => !implementers.Contains(u.Module) && u.Used.Contains(byInterface.Key)).ToList();
            if (users.Count > 0)
            {
                violations.Add(new Violation(
                    byInterface.Key,
                    $"implemented in {string.Join(", ", byInterface.Select(i => $"{i.Module} ({i.Type})"))}; "
                    + $"used by {string.Join(", ", users.Select(u => $"{u.Module} ({u.Assembly.Name.Name})"))}"));
            }
        }

        return violations;
    }

    /// <summary>Every type an assembly names, closed generics included: references, member owners, fields, parameters.</summary>
    private static HashSet<string> UsedTypeNames(AssemblyDefinition assembly)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in assembly.Modules)
        {
            names.UnionWith(module.GetTypeReferences().Select(t => t.FullName));
            names.UnionWith(module.GetMemberReferences().Select(r => r.DeclaringType.FullName));
            foreach (var type in module.GetTypes())
            {
                names.UnionWith(type.Fields.Select(f => f.FieldType.FullName));
                names.UnionWith(type.Methods.SelectMany(m => m.Parameters).Select(p => p.ParameterType.FullName));
            }
        }

        return names;
    }
}
