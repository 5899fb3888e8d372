using System.Net;
using System.Text.Json;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests.Fuzz;

/// <summary>
/// Who may call what, for every operation of the OpenAPI document, as each endpoint declares it (<c>x-crm-access</c>):
/// nobody without a token, nobody whose token names no employee, and only the main administrator where the
/// endpoint says so. The expectations come from the endpoints, so a new module's endpoints are checked too.
/// </summary>
public abstract class AuthorizationTests(ApiFixture app)
{
    [Fact]
    public async Task Every_operation_refuses_whoever_its_endpoint_does_not_admit()
    {
        var operations = await ApiDocument.ReadAsync(app.Factory.CreateClient());
        var employeeId = (await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Plain Employee", timeZone = "Europe/Riga" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var callers = new (string Who, HttpClient Client, HttpStatusCode Refusal, Func<ApiOperation, bool> Refused)[]
        {
            ("no token", app.Factory.CreateClient(), HttpStatusCode.Unauthorized, o => o.Access != "anonymous"),
            ("a signed token of an unknown subject", app.Factory.ClientFor(Guid.NewGuid(), "Stranger"), HttpStatusCode.Forbidden, o => o.Access != "anonymous"),
            ("a plain employee", app.Factory.ClientFor(employeeId, "Plain Employee"), HttpStatusCode.Forbidden, o => o.Access == "administrator"),
        };

        var cases = new CaseGenerator(new RealIds(), new Random(12), app.Clock.GetUtcNow());
        var failures = new List<string>();
        foreach (var (who, client, refusal, refused) in callers)
        {
            foreach (var operation in operations.Where(refused))
            {
                var request = cases.Plausible(operation);
                var message = new HttpRequestMessage(new HttpMethod(operation.Method), request.Url)
                {
                    Content = request.Body is null ? null : new StringContent(request.Body, System.Text.Encoding.UTF8, "application/json"),
                };
                var (status, _, body) = await ResponseCheck.SendAsync(client, message);
                if (status != (int)refusal)
                {
                    failures.Add($"{operation} ({operation.Access}) for {who}: {status} {body[..Math.Min(body.Length, 200)]}");
                }
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} operations let in or refused wrongly:\n" + string.Join('\n', failures));
    }

    [Fact]
    public async Task Only_health_and_the_public_hooks_are_anonymous_and_the_administrators_operations_say_so()
    {
        var operations = await ApiDocument.ReadAsync(app.Factory.CreateClient());

        Assert.Equal(
            [
                "GET /health/live", "GET /health/ready", "POST /api/sales/payments/callback", "POST /api/sales/site-visits",
                "POST /api/service-station/telephony/events", "POST /api/service-station/web-form",
            ],
            operations.Where(o => o.Access == "anonymous").Select(o => o.ToString()).Order(StringComparer.Ordinal));
        Assert.All(operations, o => Assert.Contains(o.Access, new[] { "anonymous", "employee", "administrator" }));
        Assert.Contains(operations, o => o.ToString() == "POST /api/processes/definitions" && o.Access == "administrator");
        Assert.Contains(operations, o => o.ToString() == "POST /api/tasking/employees" && o.Access == "administrator");
        Assert.Contains(operations, o => o.ToString() == "GET /api/tasking/tasks" && o.Access == "employee");
    }
}

[Trait("Provider", "Sqlite")]
public sealed class AuthorizationSqliteTests(SqliteApi app) : AuthorizationTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class AuthorizationPostgresTests(PostgresApi app) : AuthorizationTests(app), IClassFixture<PostgresApi>;
