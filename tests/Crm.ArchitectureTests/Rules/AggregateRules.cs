using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Crm.ArchitectureTests.Rules;

/// <summary>
/// Rules about aggregates as units: what an aggregate holds, and who may change what it holds. Mono.Cecil: both need
/// the types of fields and what method bodies write, which NetArchTest's type-level predicates do not see.
/// </summary>
public static class AggregateRules
{
    /// <summary>
    /// Rule 16: an aggregate (its root and the entities it holds) refers to another aggregate only by id. A field or
    /// property whose type is (or contains, as in a list) another aggregate root would load, save and lock two
    /// aggregates as one. A child holding its own root is allowed.
    /// </summary>
    public static IReadOnlyList<Violation> EntitiesReferToOtherAggregatesById(IEnumerable<AssemblyDefinition> domains)
    {
        var violations = new List<Violation>();
        foreach (var (root, members) in Aggregates(domains))
        {
            foreach (var type in members.Prepend(root))
            {
                foreach (var (member, other) in MemberTypes(type).Where(m => IsRoot(m.Type) && m.Type.FullName != root.FullName))
                {
                    violations.Add(new Violation(type.FullName, $"{member} holds aggregate {other.FullName}; hold its id"));
                }
            }
        }

        return violations;
    }

    /// <summary>
    /// Rule 17: a non-root entity (a class an aggregate root holds, not itself a root or a record) changes only
    /// through its root. Checked as: no method or setter of it that code outside the domain assembly can call writes
    /// one of its fields (directly, or through its own setters and methods); its mutators are internal, so only the
    /// root, in the same assembly, calls them. Constructors are left out: a new object changes no existing state,
    /// and the root still decides whether to take it.
    /// </summary>
    public static IReadOnlyList<Violation> ChildEntitiesChangeOnlyThroughTheirRoot(IEnumerable<AssemblyDefinition> domains)
    {
        var violations = new List<Violation>();
        var children = Aggregates(domains).SelectMany(a => a.Members).Where(t => !t.IsRecord() && !t.IsValueType).DistinctBy(t => t.FullName);
        foreach (var child in children.Where(c => c.IsVisibleOutside()))
        {
            var writers = new Dictionary<MethodDefinition, bool>();
            foreach (var method in child.Methods.Where(m => (m.IsPublic || m.IsFamilyOrAssembly || m.IsFamily) && !m.IsStatic && !m.IsConstructor))
            {
                if (WritesState(child, method, writers))
                {
                    violations.Add(new Violation(child.FullName, $"{method.Name} can be called outside the domain and changes the entity; make it internal"));
                }
            }
        }

        return violations;
    }

    /// <summary>Each aggregate root of the domains with the entity and value types it holds, followed through its members.</summary>
    public static IReadOnlyList<(TypeDefinition Root, IReadOnlyList<TypeDefinition> Members)> Aggregates(IEnumerable<AssemblyDefinition> domains)
    {
        var result = new List<(TypeDefinition, IReadOnlyList<TypeDefinition>)>();
        foreach (var root in domains.SelectMany(d => d.UserTypes()).Where(IsRoot))
        {
            var held = new Dictionary<string, TypeDefinition>(StringComparer.Ordinal);
            var pending = new Stack<TypeDefinition>([root]);
            while (pending.TryPop(out var type))
            {
                foreach (var (_, member) in MemberTypes(type))
                {
                    if (!IsRoot(member) && member.Module.Assembly == root.Module.Assembly && !member.IsEnum && held.TryAdd(member.FullName, member))
                    {
                        pending.Push(member);
                    }
                }
            }

            result.Add((root, held.Values.ToList()));
        }

        return result;
    }

    private static bool IsRoot(TypeDefinition type) => type.DerivesFrom(ConventionRules.AggregateRoot);

    /// <summary>The domain types each instance field of a type holds (auto-properties through their backing fields).</summary>
    private static IEnumerable<(string Member, TypeDefinition Type)> MemberTypes(TypeDefinition type) =>
        type.Fields.Where(f => !f.IsStatic)
            .SelectMany(f => f.FieldType.Components().Select(c => (Member: MemberName(f), Type: c)))
            .Where(m => !CecilExtensions.IsFramework(m.Type.ScopeAssembly()) && !m.Type.ScopeAssembly().StartsWith(AssemblyCatalog.BuildingBlocksPrefix, StringComparison.Ordinal))
            .Select(m => (m.Member, Type: m.Type.Resolve()))
            .Where(m => m.Type is not null)
            .Select(m => (m.Member, m.Type!));

    private static string MemberName(FieldDefinition field) =>
        field.Name.StartsWith('<') ? $"property {field.Name[1..field.Name.IndexOf('>', StringComparison.Ordinal)]}" : $"field {field.Name}";

    /// <summary>Stores into a field of <paramref name="type"/>, or calls one of its own methods that does.</summary>
    private static bool WritesState(TypeDefinition type, MethodDefinition method, Dictionary<MethodDefinition, bool> known)
    {
        if (known.TryGetValue(method, out var writes))
        {
            return writes;
        }

        known[method] = false; // a recursive call proves nothing by itself
        writes = method.HasBody && method.Body.Instructions.Any(i =>
            (i.OpCode.Code == Code.Stfld && i.Operand is FieldReference field && field.DeclaringType.FullName == type.FullName)
            || (i.Operand is MethodReference callee && callee.DeclaringType.FullName == type.FullName
                && callee.Resolve() is { IsStatic: false, IsConstructor: false } own && own != method && WritesState(type, own, known)));
        known[method] = writes;
        return writes;
    }
}
