using Mono.Cecil;

namespace Crm.ArchitectureTests.Rules;

/// <summary>
/// Which namespaces each layer may use, checked by NetArchTest.Rules. Every check takes the assemblies to judge, so
/// a test can hand it an assembly that breaks the rule and see it bite.
/// </summary>
public static class LayerRules
{
    public const string DomainBlocks = "Crm.BuildingBlocks.Domain";
    public const string ContractBlocks = "Crm.BuildingBlocks.Contracts";

    /// <summary>Rule 1: a Domain uses the framework, the domain building blocks and itself, nothing else.</summary>
    public static IReadOnlyList<Violation> DomainIsPure(IEnumerable<AssemblyDefinition> domains) =>
        Arch.EachAssembly(
            domains,
            (domain, types) => types.Should().OnlyHaveDependenciesOn([.. Framework, DomainBlocks, domain.Name.Name]),
            $"uses a namespace other than System.*, {DomainBlocks} and its own");

    /// <summary>Rule 2: no Application reaches for Infrastructure, EF Core or ASP.NET Core.</summary>
    public static IReadOnlyList<Violation> ApplicationIsNotInfrastructure(
        IEnumerable<AssemblyDefinition> applications, IEnumerable<string> infrastructureNamespaces)
    {
        string[] forbidden = ["Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore", .. infrastructureNamespaces];
        return Arch.Failures(
            Arch.TypesIn(applications).ShouldNot().HaveDependencyOnAny(forbidden),
            $"uses {string.Join(", ", forbidden)}");
    }

    /// <summary>Rule 4: contracts are read by every module, so they depend on the framework and the contract base only.</summary>
    public static IReadOnlyList<Violation> ContractsArePlain(IEnumerable<AssemblyDefinition> contracts) =>
        Arch.EachAssembly(
            contracts,
            (contract, types) => types.Should().OnlyHaveDependenciesOn([.. Framework, ContractBlocks, contract.Name.Name]),
            $"uses a namespace other than System.*, {ContractBlocks} and its own");

    /// <summary>Rule 8: the host finds modules at run time; a type reference into a module is a compile-time coupling.</summary>
    public static IReadOnlyList<Violation> HostDoesNotUseModuleTypes(AssemblyDefinition? host) =>
        host is null
            ? [new Violation(AssemblyCatalog.HostName, "the host assembly is not in the output folder")]
            : Arch.Failures(
                Arch.TypesIn([host]).ShouldNot().HaveDependencyOn(AssemblyCatalog.ModulePrefix.TrimEnd('.')),
                "uses a type of a module (Crm.Modules.*)");

    /// <summary>
    /// The framework every layer may use. Deliberately narrow: Microsoft.Extensions.*, Microsoft.AspNetCore.* and
    /// Microsoft.EntityFrameworkCore.* are packages (or a web framework) as far as the inner layers are concerned.
    /// The compiler's own helpers are emitted into the assembly itself: nullable annotations in Microsoft.CodeAnalysis,
    /// collection-expression arrays and string-switch hashes in the global namespace, which NetArchTest names "" (no
    /// hand-written or package type lives there).
    /// </summary>
    private static readonly string[] Framework = ["System", "Microsoft.CodeAnalysis.EmbeddedAttribute", ""];
}
