using System.Net;
using Crm.Tests.Support;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// What an operator reads in the log when a client quotes the correlation id from a response: every line the
/// request logged carries it (the database commands it ran, through Microsoft.EntityFrameworkCore's logger), and
/// one line per request says how it ended (Serilog.AspNetCore's request logging).
/// </summary>
public abstract class RequestLoggingTests(LoggedApi app)
{
    private const string Completed = "Serilog.AspNetCore.RequestLoggingMiddleware";
    private const string Command = "Microsoft.EntityFrameworkCore.Database.Command";

    [Fact]
    public async Task Every_line_of_a_request_carries_the_correlation_id_its_response_shows_and_one_line_says_how_it_ended()
    {
        var missing = $"/api/tasking/tasks/{Guid.NewGuid()}";
        using var quoted = new HttpRequestMessage(HttpMethod.Get, missing);
        quoted.Headers.Add("X-Correlation-Id", "front-desk-7");
        var notFound = await app.Administrator.SendAsync(quoted);
        var found = await app.Administrator.GetAsync("/api/tasking/me");
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.OK), (notFound.StatusCode, found.StatusCode));

        foreach (var (response, path) in new[] { (notFound, missing), (found, "/api/tasking/me") })
        {
            var id = response.Headers.GetValues("X-Correlation-Id").Single();
            var lines = await Eventually.HoldsAsync( // the completion line is written once the response has been sent
                () => Task.FromResult(app.Logs.Entries.Where(l => Equals(l.Properties.GetValueOrDefault("CorrelationId"), id)).ToList()),
                logged => logged.Any(l => l.Category == Completed), $"request {id} logged as completed");
            var completed = Assert.Single(lines, l => l.Category == Completed);
            Assert.Equal(("GET", path, (int)response.StatusCode), (completed.Properties["RequestMethod"], completed.Properties["RequestPath"], completed.Properties["StatusCode"]));
            Assert.InRange(Assert.IsType<double>(completed.Properties["Elapsed"]), 0, 60_000);
            Assert.Equal(LogLevel.Information, completed.Level);
            Assert.StartsWith($"HTTP \"GET\" \"{path}\" responded {(int)response.StatusCode} in ", completed.Message);
            Assert.Contains(lines, l => l.Category == Command); // the staff lookup every signed-in request makes
        }

        // The staff lookups are made by requests only: none of them was logged without its request's id. (Tasking's
        // roll call at start-up reads the staff too, outside any request: it is not the lookup.)
        var lookups = app.Logs.Entries.Where(l => l.Category == Command && l.Properties.GetValueOrDefault("commandText") is string sql
            && sql.Contains("-- staff roster")).ToList();
        Assert.NotEmpty(lookups);
        Assert.All(lookups, l => Assert.IsType<string>(l.Properties.GetValueOrDefault("CorrelationId")));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class RequestLoggingSqliteTests(SqliteLoggedApi app) : RequestLoggingTests(app), IClassFixture<SqliteLoggedApi>;

[Trait("Provider", "Postgres")]
public sealed class RequestLoggingPostgresTests(PostgresLoggedApi app) : RequestLoggingTests(app), IClassFixture<PostgresLoggedApi>;
