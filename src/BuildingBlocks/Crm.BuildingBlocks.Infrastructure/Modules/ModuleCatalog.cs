using System.Reflection;

namespace Crm.BuildingBlocks.Infrastructure.Modules;

/// <summary>Discovers modules by scanning the application folder for module Infrastructure assemblies.</summary>
public static class ModuleCatalog
{
    public static IReadOnlyList<IModule> Discover(string? folder = null)
    {
        folder ??= AppContext.BaseDirectory;
        return Directory.GetFiles(folder, "Crm.Modules.*.Infrastructure.dll")
            .Select(path => Assembly.Load(AssemblyName.GetAssemblyName(path)))
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(IModule).IsAssignableFrom(type))
            .Select(type => (IModule)Activator.CreateInstance(type)!)
            .OrderBy(module => module.Name, StringComparer.Ordinal)
            .ToList();
    }
}
