using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using System.Text.Json;
using Crm.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// What a careless client and a stranger meet at the edge of the host, whatever the module: errors that can be acted
/// on (a code, a correlation id, JSON whatever was accepted), strangers' tokens refused everywhere, and the reader's
/// time zone as the staff has it now, not as the token had it.
/// </summary>
public abstract class WebEdgeTests(SystemApi app)
{
    [Fact]
    public async Task Every_error_carries_a_stable_code()
    {
        var anonymous = app.Factory.CreateClient();
        Assert.Equal("auth.required", (await (await anonymous.GetAsync("/api/tasking/tasks")).ProblemAsync(HttpStatusCode.Unauthorized)).Code());
        Assert.Equal("resource.not-found", (await (await app.Administrator.GetAsync("/api/no-such-module/things")).ProblemAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal("task.not-found", (await (await app.Administrator.GetAsync($"/api/tasking/tasks/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound)).Code());
        Assert.Equal("value.invalid", (await (await app.Administrator.PostJsonAsync("/api/sales/orders", new { clientId = "nope" })).ProblemAsync(HttpStatusCode.BadRequest)).Code());

        var plain = await HireAsync("Europe/Riga");
        Assert.Equal("employee.not-administrator", (await (await plain.GetAsync("/api/system/outbox/failed")).ProblemAsync(HttpStatusCode.Forbidden)).Code());
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/html")]
    [InlineData("image/png, text/plain;q=0.5")]
    public async Task A_client_that_accepts_no_json_still_gets_its_error_as_json_problem_details(string accept)
    {
        foreach (var (request, status) in new[]
        {
            (new HttpRequestMessage(HttpMethod.Get, $"/api/tasking/tasks/{Guid.NewGuid()}"), HttpStatusCode.NotFound),
            (new HttpRequestMessage(HttpMethod.Get, "/api/no-such-module/things"), HttpStatusCode.NotFound),
            (new HttpRequestMessage(HttpMethod.Post, "/api/sales/orders") { Content = new StringContent("{\"clientId\":1}", Encoding.UTF8, "application/json") }, HttpStatusCode.BadRequest),
        })
        {
            request.Headers.Accept.ParseAdd(accept);
            var response = await app.Administrator.SendAsync(request);
            var problem = await response.ProblemAsync(status);
            Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), problem.GetProperty("correlationId").GetString());
        }

        using var anonymous = new HttpRequestMessage(HttpMethod.Get, "/api/sales/orders");
        anonymous.Headers.Accept.ParseAdd(accept);
        await (await app.Factory.CreateClient().SendAsync(anonymous)).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("random-guid")]
    [InlineData("x")]
    public async Task A_signed_token_of_somebody_not_on_the_staff_is_refused_by_every_module(string subject)
    {
        var stranger = app.Factory.CreateClient();
        stranger.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(subject == "random-guid" ? Guid.NewGuid().ToString() : subject));
        var client = (await (await app.Administrator.PostJsonAsync("/api/sales/clients", new { name = "Rui", email = $"rui.{Guid.NewGuid():N}@example.com", timeZone = "Europe/Lisbon" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        foreach (var refused in new[]
        {
            await stranger.PostJsonAsync("/api/sales/orders", new { clientId = client, positions = new[] { new { offer = "Oil change", price = 80m, quantity = 1 } } }),
            await stranger.GetAsync("/api/processes/instances?objectType=order"),
            await stranger.GetAsync("/api/processes/definitions"),
            await stranger.GetAsync("/api/tasking/tasks"),
            await stranger.GetAsync("/api/system/outbox/failed"),
        })
        {
            Assert.Equal("employee.unknown", (await refused.ProblemAsync(HttpStatusCode.Forbidden)).Code());
        }

        var orders = await (await app.Administrator.GetAsync($"/api/sales/orders?clientId={client}")).ReadAsync<JsonElement>();
        Assert.Empty(orders.GetProperty("items").EnumerateArray()); // the refused order was not created
    }

    [Fact]
    public async Task A_changed_time_zone_reaches_sales_and_processes_at_once_with_the_same_token()
    {
        var manager = await HireAsync("Europe/Riga");
        var client = (await (await manager.PostJsonAsync("/api/sales/clients", new { name = "Ines", email = $"ines.{Guid.NewGuid():N}@example.com", timeZone = "Europe/Lisbon" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var order = (await (await manager.PostJsonAsync("/api/sales/orders", new { clientId = client, positions = new[] { new { offer = "Tyres", price = 200m, quantity = 4 } } }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await Eventually.HoldsAsync(async () => await StartedAtAsync(manager, order), started => started is not null, "the order's process started");

        var riga = app.Clock.GetUtcNow().UtcDateTime.Month is >= 4 and <= 10 ? TimeSpan.FromHours(3) : TimeSpan.FromHours(2);
        Assert.Equal(riga, (await CreatedAtAsync(manager, order)).Offset);
        Assert.Equal(riga, (await StartedAtAsync(manager, order))!.Value.Offset);

        var moved = await manager.PutAsJsonAsync("/api/tasking/me", new { timeZone = "Asia/Tokyo" }, Json.Options);
        Assert.True(moved.IsSuccessStatusCode, $"{moved.StatusCode}");

        Assert.Equal(TimeSpan.FromHours(9), (await CreatedAtAsync(manager, order)).Offset); // the same token: the zone is the staff's
        Assert.Equal(TimeSpan.FromHours(9), (await StartedAtAsync(manager, order))!.Value.Offset);
    }

    private static async Task<DateTimeOffset> CreatedAtAsync(HttpClient reader, Guid order) =>
        (await (await reader.GetAsync($"/api/sales/orders/{order}")).ReadAsync<JsonElement>()).GetProperty("createdAt").GetDateTimeOffset();

    private static async Task<DateTimeOffset?> StartedAtAsync(HttpClient reader, Guid order)
    {
        var instances = await (await reader.GetAsync($"/api/processes/instances?objectType=order&objectId={order}")).ReadAsync<JsonElement>();
        return instances.EnumerateArray().Select(i => (DateTimeOffset?)i.GetProperty("startedAt").GetDateTimeOffset()).FirstOrDefault();
    }

    private async Task<HttpClient> HireAsync(string timeZone)
    {
        var id = (await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Marta", timeZone }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return app.Factory.ClientFor(id, "Marta", "UTC"); // the token's zone is stale on purpose: the staff's counts
    }

    /// <summary>A token the host's key signed, naming whatever subject an attacker likes.</summary>
    private static string Token(string subject) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "crm",
            Audience = "crm-api",
            Expires = DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity([new Claim(JwtRegisteredClaimNames.Sub, subject), new Claim("zoneinfo", "UTC")]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Encoding.UTF8.GetBytes(CrmApiFactory.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
}

[Trait("Provider", "Sqlite")]
public sealed class WebEdgeSqliteTests(SqliteSystemApi app) : WebEdgeTests(app), IClassFixture<SqliteSystemApi>;

[Trait("Provider", "Postgres")]
public sealed class WebEdgePostgresTests(PostgresSystemApi app) : WebEdgeTests(app), IClassFixture<PostgresSystemApi>;
