using System.Net;
using System.Text.Json;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>House rules every module keeps: no 500 when two people click at once, times in the reader's zone.</summary>
public abstract class CrossModuleRulesTests(SystemApi app)
{
    [Fact]
    public async Task Two_clients_registered_at_once_with_one_email_get_one_201_and_one_409()
    {
        for (var round = 0; round < 5; round++)
        {
            var email = $"same.{Guid.NewGuid():N}@example.com";
            var responses = await Task.WhenAll(Enumerable.Range(0, 2).Select(i =>
                app.Administrator.PostJsonAsync("/api/sales/clients", new { name = $"Twin {i}", email, timeZone = "Europe/Lisbon" })));

            Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).OrderBy(s => s));
            var problem = await responses.Single(r => r.StatusCode == HttpStatusCode.Conflict).ProblemAsync(HttpStatusCode.Conflict);
            Assert.Contains(problem.Code(), new[] { "client.duplicate-email", "conflict.duplicate" });
        }
    }

    [Fact]
    public async Task Sales_shows_times_in_the_readers_time_zone()
    {
        var tokyo = app.Factory.ClientFor(app.AdministratorId, "Main Administrator", "Asia/Tokyo");
        var created = await (await tokyo.PostJsonAsync("/api/sales/clients", new { name = "Kenji", email = $"k.{Guid.NewGuid():N}@example.jp", timeZone = "Asia/Tokyo" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetGuid();

        var inTokyo = (await (await tokyo.GetAsync($"/api/sales/clients/{id}")).ReadAsync<JsonElement>()).GetProperty("registeredAt").GetDateTimeOffset();
        var saoPaulo = (await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Bruna", timeZone = "America/Sao_Paulo" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var inLisbon = (await (await app.Factory.ClientFor(saoPaulo, "Bruna").GetAsync($"/api/sales/clients/{id}"))
            .ReadAsync<JsonElement>()).GetProperty("registeredAt").GetDateTimeOffset();

        Assert.Equal(TimeSpan.FromHours(9), inTokyo.Offset);
        Assert.Equal(TimeSpan.FromHours(-3), inLisbon.Offset);
        Assert.Equal(inTokyo, inLisbon); // the same moment
    }
}

[Trait("Provider", "Sqlite")]
public sealed class CrossModuleRulesSqliteTests(SqliteSystemApi app) : CrossModuleRulesTests(app), IClassFixture<SqliteSystemApi>;

[Trait("Provider", "Postgres")]
public sealed class CrossModuleRulesPostgresTests(PostgresSystemApi app) : CrossModuleRulesTests(app), IClassFixture<PostgresSystemApi>;
