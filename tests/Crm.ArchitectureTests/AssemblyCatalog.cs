using Mono.Cecil;

namespace Crm.ArchitectureTests;

/// <summary>One assembly of a module: <c>Crm.Modules.&lt;Module&gt;.&lt;Layer&gt;</c>.</summary>
public sealed record ModuleAssembly(string Module, string Layer, AssemblyDefinition Assembly)
{
    public string Name => Assembly.Name.Name;
}

/// <summary>
/// The CRM's assemblies as found in the test's output folder. Modules are discovered from the files
/// <c>Crm.Modules.*.*.dll</c> (the project references every module by glob), never from a list, so a new module is
/// checked as soon as it exists. Assemblies are read with Cecil, not loaded: rules see metadata only.
/// </summary>
public sealed class AssemblyCatalog
{
    public const string ModulePrefix = "Crm.Modules.";
    public const string BuildingBlocksPrefix = "Crm.BuildingBlocks.";
    public const string HostName = "Crm.Host";

    public static readonly IReadOnlyList<string> Layers = ["Domain", "Application", "Infrastructure", "Contracts"];

    private static readonly Lazy<AssemblyCatalog> LazyCurrent = new(() => new AssemblyCatalog(AppContext.BaseDirectory));

    private readonly ReaderParameters _reader;

    public AssemblyCatalog(string folder)
    {
        Folder = folder;
        Resolver = new FolderAssemblyResolver(folder);
        _reader = new ReaderParameters { AssemblyResolver = Resolver, InMemory = true };

        ModuleAssemblies = Directory.GetFiles(folder, ModulePrefix + "*.*.dll")
            .Select(Read)
            .Select(ToModuleAssembly)
            .OfType<ModuleAssembly>()
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList();
        BuildingBlocks = Directory.GetFiles(folder, BuildingBlocksPrefix + "*.dll")
            .Select(Read)
            .OrderBy(a => a.Name.Name, StringComparer.Ordinal)
            .ToList();
        var hostPath = Path.Combine(folder, HostName + ".dll");
        Host = File.Exists(hostPath) ? Read(hostPath) : null;
    }

    /// <summary>The catalog of the test's own output folder, read once.</summary>
    public static AssemblyCatalog Current => LazyCurrent.Value;

    public string Folder { get; }

    public FolderAssemblyResolver Resolver { get; }

    public IReadOnlyList<ModuleAssembly> ModuleAssemblies { get; }

    public IReadOnlyList<AssemblyDefinition> BuildingBlocks { get; }

    public AssemblyDefinition? Host { get; }

    /// <summary>Module names, from the files found: Tasking today, more as they are added.</summary>
    public IReadOnlyList<string> Modules => ModuleAssemblies.Select(m => m.Module).Distinct().Order(StringComparer.Ordinal).ToList();

    public IReadOnlyList<ModuleAssembly> ModuleLayer(string layer) => ModuleAssemblies.Where(m => m.Layer == layer).ToList();

    public AssemblyDefinition? BuildingBlock(string layer) =>
        BuildingBlocks.FirstOrDefault(a => a.Name.Name == BuildingBlocksPrefix + layer);

    /// <summary>A layer across modules and building blocks, e.g. every <c>*.Domain</c> assembly.</summary>
    public IReadOnlyList<AssemblyDefinition> Layer(string layer) =>
        ModuleLayer(layer).Select(m => m.Assembly).Concat(BuildingBlock(layer) is { } b ? [b] : []).ToList();

    /// <summary>Reads any assembly (e.g. this test assembly, for the fixtures) with the same resolver.</summary>
    public AssemblyDefinition Read(string path) => AssemblyDefinition.ReadAssembly(path, _reader);

    /// <summary>Splits <c>Crm.Modules.Sales.Application</c> into (Sales, Application); null for other names.</summary>
    public static (string Module, string Layer)? ParseModuleName(string assemblyName)
    {
        if (!assemblyName.StartsWith(ModulePrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = assemblyName[ModulePrefix.Length..];
        var dot = rest.LastIndexOf('.');
        return dot <= 0 || dot == rest.Length - 1 ? null : (rest[..dot], rest[(dot + 1)..]);
    }

    private static ModuleAssembly? ToModuleAssembly(AssemblyDefinition assembly)
    {
        // Test assemblies of a module are not part of it (they are not referenced today, but might be copied later).
        if (ParseModuleName(assembly.Name.Name) is not { } parsed || parsed.Layer == "Tests")
        {
            return null;
        }

        return new ModuleAssembly(parsed.Module, parsed.Layer, assembly);
    }
}

/// <summary>
/// Resolves references from the output folder first, then from the running framework (the trusted platform
/// assemblies include ASP.NET Core, which the host's FrameworkReference brings in), so base types can be walked.
/// </summary>
public sealed class FolderAssemblyResolver : DefaultAssemblyResolver
{
    private static readonly Dictionary<string, string> PlatformAssemblies =
        ((AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") as string) ?? string.Empty)
        .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .GroupBy(Path.GetFileNameWithoutExtension, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key!, g => g.First(), StringComparer.OrdinalIgnoreCase);

    private readonly Dictionary<string, AssemblyDefinition> _cache = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _lock = new();

    public FolderAssemblyResolver(string folder)
    {
        AddSearchDirectory(folder);
    }

    public override AssemblyDefinition Resolve(AssemblyNameReference name)
    {
        lock (_lock)
        {
            if (_cache.TryGetValue(name.Name, out var cached))
            {
                return cached;
            }

            AssemblyDefinition resolved;
            try
            {
                resolved = base.Resolve(name);
            }
            catch (AssemblyResolutionException) when (PlatformAssemblies.TryGetValue(name.Name, out var path))
            {
                resolved = AssemblyDefinition.ReadAssembly(path, new ReaderParameters { AssemblyResolver = this, InMemory = true });
            }

            _cache[name.Name] = resolved;
            return resolved;
        }
    }
}
