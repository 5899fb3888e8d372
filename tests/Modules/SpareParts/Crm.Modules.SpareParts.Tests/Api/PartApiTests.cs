using System.Net;
using Crm.Modules.SpareParts.Application.Parts;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>The catalogue: a part registered is shown on its card; the same brand's article again (written differently) is a 409; bad fields are 400s.</summary>
public abstract class PartApiTests(ApiFixture app)
{
    private const string Root = "/api/spare-parts/parts";

    [Fact]
    public async Task A_registered_part_is_shown_on_its_card_and_the_same_article_written_differently_is_a_409()
    {
        var article = $"OC-{Random.Shared.Next(100_000, 999_999)}";
        var created = await (await app.Administrator.PostJsonAsync(Root, new { article, brand = "Mann", name = "Oil filter", unit = "pcs", price = 12.5m }))
            .ReadAsync<PartDto>(HttpStatusCode.Created);
        Assert.Equal((article, "Mann", "Oil filter", "pcs", 12.5m), (created.Article, created.Brand, created.Name, created.Unit, created.Price));
        Assert.Equivalent(created, await (await app.Administrator.GetAsync($"{Root}/{created.Id}")).ReadAsync<PartDto>(), strict: true);

        var twin = await (await app.Administrator.PostJsonAsync(Root, new { article = article.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant(), brand = "MANN", name = "Same", unit = "pcs", price = 1m }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("part.article-taken", twin.Code());
        var otherBrand = await app.Administrator.PostJsonAsync(Root, new { article, brand = "Bosch", name = "Oil filter", unit = "pcs", price = 11m });
        Assert.Equal(HttpStatusCode.Created, otherBrand.StatusCode);
    }

    [Theory]
    [InlineData("article", "--", "pcs", 1.0)]
    [InlineData("unit", "OC90", "box", 1.0)]
    [InlineData("price", "OC90", "pcs", 0.0)]
    [InlineData("price", "OC90", "pcs", 1.005)]
    public async Task A_bad_field_is_a_400_naming_it(string field, string article, string unit, double price)
    {
        var response = await app.Administrator.PostJsonAsync(Root, new { article, brand = "Mann", name = "Filter", unit, price = (decimal)price });
        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field));
    }

    [Fact]
    public async Task An_unknown_part_is_a_404() =>
        await (await app.Administrator.GetAsync($"{Root}/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
}

[Trait("Provider", "Sqlite")]
public sealed class PartApiSqliteTests(SqliteApi app) : PartApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class PartApiPostgresTests(PostgresApi app) : PartApiTests(app), IClassFixture<PostgresApi>;
