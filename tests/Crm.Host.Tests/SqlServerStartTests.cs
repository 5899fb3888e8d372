using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>SQL Server is chosen by configuration; a server that cannot be reached stops the start with one clear line.</summary>
[Trait("Provider", "SqlServer")]
public sealed class SqlServerStartTests
{
    [Fact]
    public async Task With_SqlServer_chosen_and_no_server_listening_the_host_stops_at_start_with_one_clear_line()
    {
        var started = DateTime.UtcNow;
        var (exitCode, output, errors) = await HostProcess.RunAsync(
            DatabaseProvider.SqlServer, SqlServerScriptTests.NoServer, new Dictionary<string, string> { ["Auth__SigningKey"] = CrmApiFactory.SigningKey });

        Assert.True(exitCode == 3, $"exit {exitCode}: {output} {errors}");
        Assert.Contains("The SqlServer database cannot be reached (Database:Provider=SqlServer, server 127.0.0.1,1)", output);
        Assert.Contains("Check Database:ConnectionString", output);
        Assert.DoesNotContain("Unhandled exception", output + errors);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60), "the short connect timeout was not honoured");
    }
}
