using Mono.Cecil;

namespace Crm.ArchitectureTests.Rules;

/// <summary>
/// Which assemblies each layer may use. Every check takes the assemblies to judge, so a test can hand it an
/// assembly that breaks the rule and see it bite.
/// </summary>
public static class LayerRules
{
    public const string DomainBlocks = "Crm.BuildingBlocks.Domain";
    public const string ContractBlocks = "Crm.BuildingBlocks.Contracts";

    /// <summary>Rule 1: a Domain uses the framework and the domain building blocks, nothing else.</summary>
    public static IReadOnlyList<Violation> DomainIsPure(IEnumerable<AssemblyDefinition> domains) =>
        OnlyAllowed(domains, name => CecilExtensions.IsFramework(name) || name == DomainBlocks);

    /// <summary>Rule 2: no Application reaches for Infrastructure, EF Core or ASP.NET Core.</summary>
    public static IReadOnlyList<Violation> ApplicationIsNotInfrastructure(IEnumerable<AssemblyDefinition> applications) =>
        Forbidden(applications, name =>
            (name.StartsWith("Crm.", StringComparison.Ordinal) && name.EndsWith(".Infrastructure", StringComparison.Ordinal))
            || CecilExtensions.HasPrefix(name, "Microsoft.EntityFrameworkCore")
            || CecilExtensions.HasPrefix(name, "Microsoft.AspNetCore"));

    /// <summary>Rule 4: contracts are read by every module, so they depend on the framework and the contract base only.</summary>
    public static IReadOnlyList<Violation> ContractsArePlain(IEnumerable<AssemblyDefinition> contracts) =>
        OnlyAllowed(contracts, name => CecilExtensions.IsFramework(name) || name == ContractBlocks);

    /// <summary>Rule 8: the host finds modules at run time; a type reference into a module is a compile-time coupling.</summary>
    public static IReadOnlyList<Violation> HostDoesNotUseModuleTypes(AssemblyDefinition? host)
    {
        if (host is null)
        {
            return [new Violation(AssemblyCatalog.HostName, "the host assembly is not in the output folder")];
        }

        return host.Modules
            .SelectMany(m => m.GetTypeReferences())
            .Where(t => t.ScopeAssembly().StartsWith(AssemblyCatalog.ModulePrefix, StringComparison.Ordinal)
                        || t.OuterNamespace().StartsWith(AssemblyCatalog.ModulePrefix, StringComparison.Ordinal))
            .Select(t => new Violation(host.Name.Name, $"uses {t.FullName} from {t.ScopeAssembly()}"))
            .OrderBy(v => v.What, StringComparer.Ordinal)
            .ToList();
    }

    private static List<Violation> OnlyAllowed(IEnumerable<AssemblyDefinition> assemblies, Func<string, bool> allowed) =>
        Forbidden(assemblies, name => !allowed(name));

    private static List<Violation> Forbidden(IEnumerable<AssemblyDefinition> assemblies, Func<string, bool> forbidden) =>
        assemblies
            .SelectMany(assembly => assembly.UsedAssemblies()
                .Where(used => forbidden(used.Key))
                .OrderBy(used => used.Key, StringComparer.Ordinal)
                .Select(used => new Violation(assembly.Name.Name, CecilExtensions.DescribeUse(used.Key, used.Value))))
            .ToList();
}
