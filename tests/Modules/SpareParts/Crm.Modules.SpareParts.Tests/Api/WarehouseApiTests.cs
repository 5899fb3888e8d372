using System.Net;
using Crm.Modules.SpareParts.Application.Warehouses.ListWarehouses;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>Warehouses: opened by name (unique), listed by name; a blank or taken name changes nothing.</summary>
public abstract class WarehouseApiTests(ApiFixture app)
{
    private const string Root = "/api/spare-parts/warehouses";

    [Fact]
    public async Task A_new_warehouse_is_listed_by_name_and_a_taken_name_is_a_409_naming_the_existing_one()
    {
        var name = $"Store {Guid.NewGuid():N}";
        var created = await (await app.Administrator.PostJsonAsync(Root, new { name = $"  {name} " })).ReadAsync<WarehouseDto>(HttpStatusCode.Created);
        Assert.Equal(name, created.Name);

        var twin = await (await app.Administrator.PostJsonAsync(Root, new { name })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("warehouse.name-taken", twin.Code());

        var blank = await (await app.Administrator.PostJsonAsync(Root, new { name = " " })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(blank.FieldErrors("name"));

        var listed = await (await app.Administrator.GetAsync(Root)).ReadAsync<List<WarehouseDto>>();
        Assert.Equal(created.Id, Assert.Single(listed, w => w.Name == name).Id);
        Assert.Equal(listed.Select(w => w.Name).Order(StringComparer.Ordinal), listed.Select(w => w.Name));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class WarehouseApiSqliteTests(SqliteApi app) : WarehouseApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class WarehouseApiPostgresTests(PostgresApi app) : WarehouseApiTests(app), IClassFixture<PostgresApi>;
