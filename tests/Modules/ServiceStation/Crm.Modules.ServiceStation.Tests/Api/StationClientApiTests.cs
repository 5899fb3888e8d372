using System.Net;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>The station's copy of Sales' clients, kept from Sales' client facts and found by phone in any writing.</summary>
public abstract class StationClientApiTests(ApiFixture app)
{
    [Fact]
    public async Task A_client_registered_in_Sales_is_known_to_the_station_by_its_number_in_E164()
    {
        var id = await app.NewSalesClientAsync("Ivan Petrov", "8 (916) 123-45-67");

        var found = await app.StationClientsByPhoneAsync("+7 916 123 45 67");

        var client = Assert.Single(found.Items);
        Assert.Equal(id, client.Id);
        Assert.Equal("Ivan Petrov", client.Name);
        Assert.Equal("+79161234567", client.PhoneE164);
        var problem = await (await app.Administrator.GetAsync("/api/service-station/clients?phone=call-me")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("phone"));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class StationClientApiSqliteTests(SqliteApi app) : StationClientApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class StationClientApiPostgresTests(PostgresApi app) : StationClientApiTests(app), IClassFixture<PostgresApi>;
