using System.Diagnostics;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;

namespace Crm.Host.Tests;

/// <summary>The built host as a deployment runs it: a process of its own, in Production, on a test database.</summary>
internal static class HostProcess
{
    public static Task<(int ExitCode, string Output, string Errors)> RunAsync(TestDatabase database, params string[] args) =>
        RunAsync(database.Provider, database.ConnectionString, new Dictionary<string, string>(), args);

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(
        DatabaseProvider provider, string connectionString, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "Crm.Host.dll"), .. args])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production", // no signing key configured: migrating needs none
                ["Database__Provider"] = provider.ToString(),
                ["Database__ConnectionString"] = connectionString,
            },
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var host = Process.Start(start)!;
        var output = host.StandardOutput.ReadToEndAsync();
        var errors = host.StandardError.ReadToEndAsync();
        await host.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(120));
        return (host.ExitCode, await output, await errors);
    }
}
