using System.Net;
using Crm.Modules.SpareParts.Application.Parts;
using Crm.Tests.Support;
using Xunit;
using static Crm.Modules.SpareParts.Tests.Api.PartCatalogueApi;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>
/// The catalogue as a parts specialist uses it: a part corrected on its card (ETag), its analogues listed, and the
/// search by article (however typed, with the analogues both ways), by words of the name, by brand, a page at a time.
/// </summary>
public abstract class PartCatalogueApiTests(ApiFixture app)
{
    [Fact]
    public async Task A_part_is_changed_with_its_etag_a_stale_etag_is_a_409_and_search_follows_the_new_article()
    {
        var n = Unique();
        var part = await app.RegisterAsync("Mann", $"W {n}/1");

        var changed = await (await app.PutAsync($"{part.Id}", new { article = $"W {n}/2", brand = "Mann", name = $"Oil filter, long {n}", unit = "pcs", price = 11.2m }, part.Version))
            .ReadAsync<PartDto>();
        Assert.Equal(($"W {n}/2", $"Oil filter, long {n}", 11.2m, part.Version + 1), (changed.Article, changed.Name, changed.Price, changed.Version));
        var stale = await app.PutAsync($"{part.Id}", new { article = $"W {n}/3", brand = "Mann", name = "Oil filter", unit = "pcs", price = 1m }, part.Version);
        await stale.ProblemAsync(HttpStatusCode.Conflict);

        Assert.Empty((await app.FindAsync($"article=W{n}1")).Items);
        Assert.Equal([part.Id], (await app.FindAsync($"article=w-{n}-2")).Items.Select(h => h.Id));
        Assert.Equal([part.Id], (await app.FindAsync($"q=long+{n}&brand=mann")).Items.Select(h => h.Id));
    }

    [Fact]
    public async Task Changing_a_part_into_another_part_of_the_same_brand_is_a_409_naming_it()
    {
        var n = Unique();
        var first = await app.RegisterAsync("Mann", $"HU {n}");
        var second = await app.RegisterAsync("Mann", $"HU {n}x");

        var twin = await (await app.PutAsync($"{second.Id}", new { article = $"hu-{n}", brand = "MANN", name = "Oil filter", unit = "pcs", price = 5m }, second.Version))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(("part.article-taken", first.Id), (twin.Code(), twin.GetProperty("existingPartId").GetGuid()));
        var itself = await app.PutAsync($"{first.Id}", new { article = $"hu {n}", brand = "mann", name = "Oil filter", unit = "pcs", price = 5m }, first.Version);
        Assert.Equal(HttpStatusCode.OK, itself.StatusCode); // its own article written differently is no twin
    }

    [Theory]
    [InlineData("article", "--", "Filter", "pcs", 1.0)]
    [InlineData("name", "OC90", "", "pcs", 1.0)]
    [InlineData("unit", "OC90", "Filter", "box", 1.0)]
    [InlineData("price", "OC90", "Filter", "pcs", -1.0)]
    public async Task A_bad_field_in_a_change_is_a_400_naming_it(string field, string article, string name, string unit, double price)
    {
        var part = await app.RegisterAsync("Mann", $"C {Unique()}");
        var response = await app.PutAsync($"{part.Id}", new { article, brand = "Mann", name, unit, price = (decimal)price }, part.Version);
        Assert.NotEmpty((await response.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field));
    }

    [Fact]
    public async Task Changing_an_unknown_part_is_a_404() =>
        await (await app.PutAsync($"{Guid.NewGuid()}", new { article = "X1", brand = "Mann", name = "Filter", unit = "pcs", price = 1m }, 1)).ProblemAsync(HttpStatusCode.NotFound);

    [Fact]
    public async Task Analogues_are_listed_on_the_card_with_the_catalogues_part_replaced_and_cleared()
    {
        var n = Unique();
        var mann = await app.RegisterAsync("Mann", $"W {n}");
        var mahle = await app.RegisterAsync("Mahle", $"OC {n}");

        var listed = await app.SetAnaloguesAsync(mann, ("MAHLE", $"oc-{n}"), ("Bosch", $"0 451 {n}"));
        Assert.Equal([("Bosch", $"0 451 {n}", (Guid?)null), ("MAHLE", $"oc-{n}", mahle.Id)], listed.Analogues.Select(a => (a.Brand, a.Article, a.PartId)));
        Assert.Equal(mann.Version + 1, listed.Version);
        Assert.Equivalent(listed, await (await app.Administrator.GetAsync($"{Root}/{mann.Id}")).ReadAsync<PartDto>(), strict: true);

        var stale = await app.PutAsync($"{mann.Id}/analogues", new { analogues = Array.Empty<object>() }, mann.Version);
        await stale.ProblemAsync(HttpStatusCode.Conflict);
        var replaced = await app.SetAnaloguesAsync(listed, ("Filtron", $"OP {n}"), ("Mahle", $"OC{n}"));
        Assert.Equal([("Filtron", $"OP {n}"), ("MAHLE", $"oc-{n}")], replaced.Analogues.Select(a => (a.Brand, a.Article))); // a row that stays keeps its spelling
        Assert.Empty((await app.SetAnaloguesAsync(replaced)).Analogues);
    }

    [Fact]
    public async Task An_analogue_that_is_the_part_itself_is_a_422_and_bad_analogues_are_400s_naming_them()
    {
        var part = await app.RegisterAsync("Mann", $"W {Unique()}");
        var itself = await app.PutAsync($"{part.Id}/analogues", new { analogues = new[] { new { brand = "mann", article = part.Article.Replace(" ", "-", StringComparison.Ordinal) } } }, part.Version);
        Assert.Equal("part.analogue-is-itself", (await itself.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());

        var repeated = await app.PutAsync($"{part.Id}/analogues", new { analogues = new[] { new { brand = "Mahle", article = "OC 90" }, new { brand = "MAHLE", article = "oc90" } } }, part.Version);
        Assert.NotEmpty((await repeated.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("analogues"));
        var blank = await app.PutAsync($"{part.Id}/analogues", new { analogues = new[] { new { brand = "Mahle", article = "OC 90" }, new { brand = "Bosch", article = "-" } } }, part.Version);
        Assert.NotEmpty((await blank.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("analogues[1].article"));
        var missing = await app.PutAsync($"{part.Id}/analogues", new { }, part.Version);
        Assert.NotEmpty((await missing.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("analogues"));
    }

    [Fact]
    public async Task An_article_however_typed_finds_its_part_first_then_the_parts_that_replace_it_both_ways()
    {
        var n = Unique();
        var mann = await app.RegisterAsync("Mann", $"W {n}-1");
        var bosch = await app.RegisterAsync("Bosch", $"F {n}");        // Mann's card lists it
        var filtron = await app.RegisterAsync("Filtron", $"OP {n}");   // lists Mann's article on its own card
        await app.RegisterAsync("Knecht", $"OC {n}");                  // unrelated
        await app.SetAnaloguesAsync(mann, ("bosch", $"f-{n}"), ("Purflux", $"LS {n}"));
        await app.SetAnaloguesAsync(filtron, ("MANN", $"w{n}1"));

        var found = (await app.FindAsync($"article=w+{n}.1")).Items;
        Assert.Equal([(mann.Id, "article", null, null), (bosch.Id, "analogue", $"W {n}-1", mann.Id), (filtron.Id, "analogue", $"w{n}1", mann.Id)],
            found.Select(h => (h.Id, h.Match, h.AnalogueOf?.Article, h.AnalogueOf?.PartId)));

        // An article the station never stocked (Purflux's): the part that lists it replaces it.
        var purflux = Assert.Single((await app.FindAsync($"article=LS{n}")).Items);
        Assert.Equal((mann.Id, "analogue", "Purflux", (Guid?)null), (purflux.Id, purflux.Match, purflux.AnalogueOf!.Brand, purflux.AnalogueOf.PartId));
        // From Bosch's side: Mann lists it, so Mann replaces Bosch's filter.
        Assert.Equal([bosch.Id, mann.Id], (await app.FindAsync($"article=F{n}")).Items.Select(h => h.Id));
        Assert.Equal([bosch.Id], (await app.FindAsync($"article=W{n}1&brand=BOSCH")).Items.Select(h => h.Id));
    }

    [Fact]
    public async Task Words_find_the_names_that_have_every_one_of_them_in_any_case()
    {
        var n = Unique();
        var oilFilter = await app.RegisterAsync("Mann", $"A {n}", $"Oil filter Z{n}");
        var airFilter = await app.RegisterAsync("Mann", $"B {n}", $"Air filter z{n}");
        var oilPump = await app.RegisterAsync("Bosch", $"C {n}", $"Oil pump, Z{n}");

        Assert.Equal([oilFilter.Id, airFilter.Id], (await app.FindAsync($"q=FILTER+z{n}")).Items.Select(h => h.Id));
        Assert.Equal([oilPump.Id, oilFilter.Id], (await app.FindAsync($"q=z{n}+oil")).Items.Select(h => h.Id));
        Assert.Equal([oilFilter.Id], (await app.FindAsync($"q=oil,filter,z{n}")).Items.Select(h => h.Id));
        Assert.Equal([oilPump.Id], (await app.FindAsync($"q=oil+z{n}&brand=bosch")).Items.Select(h => h.Id));
        Assert.Empty((await app.FindAsync($"q=filt+z{n}")).Items); // whole words (ADR 0079)
    }

    [Fact]
    public async Task Pages_follow_each_other_in_brand_and_article_order_without_gaps_or_repeats()
    {
        var n = Unique();
        var brand = $"Pager{n}";
        var registered = new List<Guid>();
        foreach (var article in new[] { "E5", "A1", "C3", "B2", "D4" })
        {
            registered.Add((await app.RegisterAsync(brand, $"{article}-{n}")).Id);
        }

        var (items, pages) = await app.FindAllAsync($"brand={brand}&limit=2");
        Assert.Equal([2, 2, 1], pages);
        Assert.Equal(["A1", "B2", "C3", "D4", "E5"], items.Select(h => h.Article[..2]));

        var target = await app.RegisterAsync("Mann", $"T {n}");
        var replacing = new List<Guid>();
        foreach (var other in new[] { "Bosch", "Mahle", "Filtron" })
        {
            var part = await app.RegisterAsync(other, $"R {n}");
            replacing.Add(part.Id);
            await app.SetAnaloguesAsync(part, ("Mann", $"T {n}"));
        }

        var search = await app.FindAllAsync($"article=T{n}&limit=3");
        Assert.Equal([3, 1], search.Pages);
        Assert.Equal(target.Id, search.Items[0].Id);
        Assert.Equal(replacing.ToHashSet(), search.Items.Skip(1).Select(h => h.Id).ToHashSet());
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("cursor=not-ours", "cursor")]
    [InlineData("article=--", "article")]
    [InlineData("q=%2C%2C", "q")]
    [InlineData("q=a+b+c+d+e+f", "q")]
    [InlineData("article=OC90&q=filter", "q")]
    [InlineData("brand=+", "brand")]
    public async Task A_bad_search_is_a_400_naming_the_parameter(string query, string field) =>
        Assert.NotEmpty((await (await app.Administrator.GetAsync($"{Root}?{query}")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field));
}

[Trait("Provider", "Sqlite")]
public sealed class PartCatalogueApiSqliteTests(SqliteApi app) : PartCatalogueApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class PartCatalogueApiPostgresTests(PostgresApi app) : PartCatalogueApiTests(app), IClassFixture<PostgresApi>;
