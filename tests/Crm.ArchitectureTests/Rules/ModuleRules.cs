using Mono.Cecil;

namespace Crm.ArchitectureTests.Rules;

/// <summary>How modules stand to each other and what each must contain.</summary>
public static class ModuleRules
{
    /// <summary>
    /// Rule 3: module <paramref name="owner"/> may use another module's Contracts only. Checked by the referenced
    /// assembly's name and by the referenced type's namespace (a type forwarded or misplaced is still caught).
    /// </summary>
    public static IReadOnlyList<Violation> NoReachIntoOtherModules(AssemblyDefinition assembly, string owner)
    {
        var violations = new List<Violation>();
        foreach (var (used, types) in assembly.UsedAssemblies().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (AssemblyCatalog.ParseModuleName(used) is { } target && target.Module != owner && target.Layer != "Contracts")
            {
                violations.Add(new Violation(assembly.Name.Name, CecilExtensions.DescribeUse(used, types)));
            }
        }

        var byNamespace = assembly.Modules
            .SelectMany(m => m.GetTypeReferences())
            .Where(t => AssemblyCatalog.ParseModuleName(t.ScopeAssembly()) is null && IsOtherModuleInternal(t.OuterNamespace(), owner))
            .Select(t => new Violation(assembly.Name.Name, $"uses {t.FullName} (namespace of another module) from {t.ScopeAssembly()}"));
        violations.AddRange(byNamespace);
        return violations;
    }

    /// <summary>Rule 3 over every module assembly, each judged against its own module.</summary>
    public static IReadOnlyList<Violation> NoReachIntoOtherModules(IEnumerable<ModuleAssembly> modules) =>
        modules.SelectMany(m => NoReachIntoOtherModules(m.Assembly, m.Module)).ToList();

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

    // Crm.Modules.<Other>.<anything but Contracts>…
    private static bool IsOtherModuleInternal(string ns, string owner)
    {
        if (!ns.StartsWith(AssemblyCatalog.ModulePrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = ns[AssemblyCatalog.ModulePrefix.Length..].Split('.');
        return parts[0] != owner && (parts.Length < 2 || parts[1] != "Contracts");
    }
}
