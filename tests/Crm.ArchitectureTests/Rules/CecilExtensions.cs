using Mono.Cecil;

namespace Crm.ArchitectureTests.Rules;

/// <summary>Metadata questions the rules ask, answered from Cecil's view of an assembly.</summary>
public static class CecilExtensions
{
    private const string IsExternalInit = "System.Runtime.CompilerServices.IsExternalInit";

    /// <summary>
    /// The .NET framework's assemblies: base types, carried types and field types are not followed into them (they
    /// hold nothing the rules look for). Microsoft.Extensions.*, ASP.NET Core and EF Core are not framework here.
    /// </summary>
    public static bool IsFramework(string assemblyName) =>
        assemblyName is "System" or "netstandard" or "mscorlib" or "Microsoft.CSharp" or "Microsoft.VisualBasic"
        || assemblyName.StartsWith("System.", StringComparison.Ordinal)
        || assemblyName.StartsWith("Microsoft.Win32.", StringComparison.Ordinal)
        || assemblyName.StartsWith("Microsoft.VisualBasic.", StringComparison.Ordinal);

    /// <summary>The assembly a type reference points into (nested references take their declaring type's scope).</summary>
    public static string ScopeAssembly(this TypeReference type) => type.Scope switch
    {
        AssemblyNameReference name => name.Name,
        ModuleDefinition module => module.Assembly.Name.Name,
        ModuleReference module => Path.GetFileNameWithoutExtension(module.Name),
        _ => string.Empty,
    };

    /// <summary>All types of the assembly, nested ones included, without the compiler's own (&lt;Module&gt;, closures…).</summary>
    public static IEnumerable<TypeDefinition> UserTypes(this AssemblyDefinition assembly) =>
        assembly.Modules.SelectMany(m => m.GetTypes()).Where(t => !IsCompilerGenerated(t));

    public static bool IsCompilerGenerated(TypeDefinition type) =>
        type.Name.StartsWith('<') || type.Name == "<Module>"
        || type.CustomAttributes.Any(a => a.AttributeType.FullName == "System.Runtime.CompilerServices.CompilerGeneratedAttribute")
        || (type.DeclaringType is { } outer && IsCompilerGenerated(outer));

    /// <summary>Visible outside the assembly: public, or nested public inside a visible type.</summary>
    public static bool IsVisibleOutside(this TypeDefinition type) =>
        type.IsPublic || (type.IsNestedPublic && type.DeclaringType.IsVisibleOutside());

    /// <summary>The type and its base classes, resolved as far as the framework (which holds nothing the rules look for).</summary>
    public static IEnumerable<TypeDefinition> SelfAndBaseTypes(this TypeDefinition type)
    {
        for (TypeDefinition? current = type; current is not null; current = ResolveBase(current))
        {
            yield return current;
        }
    }

    /// <summary>Open-generic or plain full name of the element type: <c>MediatR.IRequestHandler`2</c>.</summary>
    public static string OpenName(this TypeReference type) => type.GetElementType().FullName;

    public static bool DerivesFrom(this TypeDefinition type, string openName) =>
        type.SelfAndBaseTypes().Skip(1).Any(t => t.FullName == openName);

    /// <summary>Interfaces implemented directly or by a base class (C# lists inherited interfaces on each class).</summary>
    public static IEnumerable<TypeReference> AllInterfaces(this TypeDefinition type) =>
        type.SelfAndBaseTypes().SelectMany(t => t.Interfaces).Select(i => i.InterfaceType);

    public static bool Implements(this TypeDefinition type, string openName) =>
        type.AllInterfaces().Any(i => i.OpenName() == openName);

    /// <summary>A record class has the compiler's <c>&lt;Clone&gt;$</c>; a record struct its <c>PrintMembers</c>.</summary>
    public static bool IsRecord(this TypeDefinition type) =>
        type.Methods.Any(m => m.Name == "<Clone>$")
        || (type.IsValueType && type.Methods.Any(m => m.Name == "PrintMembers" && m.IsPrivate && m.Parameters.Count == 1));

    public static bool IsStaticClass(this TypeDefinition type) => type is { IsClass: true, IsAbstract: true, IsSealed: true };

    /// <summary>An <c>init</c> accessor: its return type carries <c>modreq(IsExternalInit)</c>.</summary>
    public static bool IsInitOnly(this MethodDefinition setter) =>
        setter.ReturnType is RequiredModifierType modifier && modifier.ModifierType.FullName == IsExternalInit;

    /// <summary>Public properties with a public <c>set</c> (not <c>init</c>) and public writable instance fields.</summary>
    public static IEnumerable<string> PublicMutableMembers(this TypeDefinition type, bool allowInit)
    {
        foreach (var property in type.Properties)
        {
            if (property.SetMethod is { IsPublic: true } setter && !(allowInit && setter.IsInitOnly()))
            {
                yield return $"property {property.Name} has a public {(setter.IsInitOnly() ? "init" : "set")}ter";
            }
        }

        foreach (var field in type.Fields)
        {
            if (field is { IsPublic: true, IsStatic: false, IsInitOnly: false } && !field.IsSpecialName)
            {
                yield return $"field {field.Name} is public and writable";
            }
        }
    }

    /// <summary>The named types a (possibly generic, array or nullable) type is made of.</summary>
    public static IEnumerable<TypeReference> Components(this TypeReference type)
    {
        switch (type)
        {
            case GenericInstanceType generic:
                yield return generic.ElementType;
                foreach (var component in generic.GenericArguments.SelectMany(Components))
                {
                    yield return component;
                }

                break;
            case TypeSpecification specification:
                foreach (var component in specification.ElementType.Components())
                {
                    yield return component;
                }

                break;
            case GenericParameter:
                break;
            default:
                yield return type;
                break;
        }
    }

    private static TypeDefinition? ResolveBase(TypeDefinition type)
    {
        if (type.BaseType is not { } baseType || IsFramework(baseType.ScopeAssembly()))
        {
            return null;
        }

        // A failure here is loud on purpose: a base class that cannot be read could hide a handler or an aggregate.
        return baseType.Resolve()
            ?? throw new InvalidOperationException($"Cannot resolve {baseType.FullName} from {baseType.ScopeAssembly()} (base of {type.FullName}).");
    }
}
