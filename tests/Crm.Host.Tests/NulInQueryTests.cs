using System.Net;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// A NUL character in a query string (<c>%00</c>) is refused at the door as bad input on its parameter, and the
/// requests after it are served as before. It once reached PostgreSQL, whose refusal of it, on a statement Npgsql
/// had prepared, left the pooled connection out of step: a later request on that connection read another
/// statement's rows and failed with a 500 (found by the fuzz test).
/// </summary>
public abstract class NulInQueryTests(ApiFixture app)
{
    private static readonly string[] Lists =
    [
        "/api/processes/definitions/startable?objectType={0}",
        "/api/sales/clients?search={0}",
        "/api/tasking/tasks?search={0}",
    ];

    [Fact]
    public async Task A_nul_in_a_query_string_is_a_400_on_its_parameter_and_breaks_no_later_request()
    {
        for (var round = 0; round < 12; round++)
        {
            foreach (var list in Lists)
            {
                var problem = await (await app.Administrator.GetAsync(string.Format(list, "client%00"))).ProblemAsync(HttpStatusCode.BadRequest);
                Assert.Equal("text.nul", problem.Code());
                Assert.True(problem.GetProperty("errors").EnumerateObject().Any(), $"The 400 names no field: {problem}");
            }
        }

        for (var round = 0; round < 40; round++)
        {
            foreach (var list in Lists)
            {
                var response = await app.Administrator.GetAsync(string.Format(list, round % 2 == 0 ? "client" : "NoSuchValue"));
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{list}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class NulInQuerySqliteTests(SqliteApi app) : NulInQueryTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class NulInQueryPostgresTests(PostgresApi app) : NulInQueryTests(app), IClassFixture<PostgresApi>;
