using System.Net.Http.Headers;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.SpareParts.Application.Parts.FindParts;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>A new user's first search in Development: the demo catalogue answers by words, by article and with analogues.</summary>
public abstract class DemoCatalogueTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_demo_catalogue_has_a_few_hundred_parts_that_replace_each_other()
    {
        await using var factory = new CrmApiFactory(_database, TimeProvider.System, environment: "Development", demoData: true);
        var client = factory.CreateClient();
        var token = await (await client.PostJsonAsync("/api/auth/dev-token", new { })).ReadAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        async Task<KeysetPage<PartHitDto>> FindAsync(string query) =>
            await (await client.GetAsync($"/api/spare-parts/parts?{query}")).ReadAsync<KeysetPage<PartHitDto>>();

        Assert.Equal(["Bosch", "Filtron", "Mahle", "Mann"], (await FindAsync("q=oil+filter+golf")).Items.Select(h => h.Brand));
        var found = (await FindAsync("article=w-712-75")).Items;
        Assert.Equal(("Mann", "article"), (found[0].Brand, found[0].Match));
        Assert.Equal(["Bosch", "Filtron", "Mahle"], found.Skip(1).Select(h => h.Brand));
        var replacing = (await FindAsync("article=LS900")).Items; // Purflux's filter, not stocked: the four brands' for the same car replace it
        Assert.Equal([("Bosch", "analogue"), ("Filtron", "analogue"), ("Mahle", "analogue"), ("Mann", "analogue")], replacing.Select(h => (h.Brand, h.Match)));

        var all = 0;
        for (string? cursor = null; ; )
        {
            var page = await FindAsync($"limit=200{(cursor is null ? "" : $"&cursor={cursor}")}");
            all += page.Items.Count;
            if ((cursor = page.NextCursor) is null)
            {
                break;
            }
        }

        Assert.InRange(all, 300, 600);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class DemoCatalogueSqliteTests() : DemoCatalogueTests(DatabaseProvider.Sqlite);

[Trait("Provider", "Postgres")]
public sealed class DemoCataloguePostgresTests() : DemoCatalogueTests(DatabaseProvider.Postgres);
