using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace Crm.BuildingBlocks.Infrastructure;

/// <summary>
/// The <c>appsettings*.json</c> files the host read, to be logged at start-up. ASP.NET Core reads them from the
/// content root only; a host started with <c>--contentRoot</c> elsewhere (a data folder, say) would silently run
/// without them. So when the content root has no <c>appsettings.json</c>, the files beside the binary are read
/// instead, in the same place among the sources (environment variables and the command line still win).
/// </summary>
public sealed record SettingsFiles(IReadOnlyList<string> Read)
{
    public const string Name = "appsettings.json";

    public static SettingsFiles Use(WebApplicationBuilder builder)
    {
        var sources = ((IConfigurationBuilder)builder.Configuration).Sources;
        var beside = AppContext.BaseDirectory;
        if (!File.Exists(Path.Combine(builder.Environment.ContentRootPath, Name)) && File.Exists(Path.Combine(beside, Name)))
        {
            var defaults = sources.OfType<JsonConfigurationSource>().Where(IsAppSettings).ToList();
            var at = defaults.Count > 0 ? sources.IndexOf(defaults[^1]) + 1 : 0;
            foreach (var name in new[] { Name, $"appsettings.{builder.Environment.EnvironmentName}.json" })
            {
                sources.Insert(at++, new JsonConfigurationSource { FileProvider = new PhysicalFileProvider(beside), Path = name, Optional = true });
            }
        }

        return new SettingsFiles(sources.OfType<JsonConfigurationSource>()
            .Select(s => s.FileProvider?.GetFileInfo(s.Path ?? string.Empty))
            .Where(f => f is { Exists: true, PhysicalPath: not null })
            .Select(f => f!.PhysicalPath!)
            .ToList());
    }

    private static bool IsAppSettings(JsonConfigurationSource source) =>
        source.Path?.StartsWith("appsettings", StringComparison.OrdinalIgnoreCase) == true;
}
