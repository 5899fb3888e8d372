using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.SpareParts.Application.Parts;
using Crm.Modules.SpareParts.Application.Parts.FindParts;
using Crm.Tests.Support;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>The catalogue's calls as a client makes them.</summary>
internal static class PartCatalogueApi
{
    public const string Root = "/api/spare-parts/parts";

    /// <summary>A number no other test's articles share (the fixture's database is shared by a class's tests).</summary>
    public static string Unique() => Random.Shared.Next(100_000, 999_999).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static async Task<PartDto> RegisterAsync(this ApiFixture app, string brand, string article, string name = "Oil filter", decimal price = 9.5m) =>
        await (await app.Administrator.PostJsonAsync(Root, new { article, brand, name, unit = "pcs", price })).ReadAsync<PartDto>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PutAsync(this ApiFixture app, string path, object body, int version)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Root}/{path}") { Content = JsonContent.Create(body, options: Json.Options) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return app.Administrator.SendAsync(request);
    }

    public static async Task<PartDto> SetAnaloguesAsync(this ApiFixture app, PartDto part, params (string Brand, string Article)[] analogues) =>
        await (await app.PutAsync($"{part.Id}/analogues", new { analogues = analogues.Select(a => new { brand = a.Brand, article = a.Article }) }, part.Version))
            .ReadAsync<PartDto>();

    public static async Task<KeysetPage<PartHitDto>> FindAsync(this ApiFixture app, string query) =>
        await (await app.Administrator.GetAsync($"{Root}?{query}")).ReadAsync<KeysetPage<PartHitDto>>();

    /// <summary>Every page, following nextCursor, with the page sizes seen.</summary>
    public static async Task<(List<PartHitDto> Items, List<int> Pages)> FindAllAsync(this ApiFixture app, string query)
    {
        var (items, pages, cursor) = (new List<PartHitDto>(), new List<int>(), (string?)null);
        do
        {
            var page = await app.FindAsync(query + (cursor is null ? "" : $"&cursor={cursor}"));
            items.AddRange(page.Items);
            pages.Add(page.Items.Count);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return (items, pages);
    }
}
