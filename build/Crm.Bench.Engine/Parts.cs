using System.Diagnostics;
using System.Text.Json;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Crm.Bench.Engine;

/// <summary>
/// Spare Parts (issue 15): the catalogue's search through HTTP (GET /api/spare-parts/parts) over many parts, each with
/// three analogues (two parts of the catalogue, one article it does not have). Measured one request at a time:
/// by an article typed differently from the catalogue (lower case, dashes), by an article only an analogue has, and
/// by two words of the name (a page of 50; fewer reads).
/// </summary>
public static class Parts
{
    private static readonly string[] Brands = ["Mann", "Mahle", "Bosch", "Knecht", "Filtron", "Purflux", "Champion", "Fram", "Hengst", "Sakura", "Denso", "NGK", "Brembo", "TRW", "ATE", "Febi"];
    private static readonly string[] Kinds = ["Oil filter", "Air filter", "Cabin filter", "Fuel filter", "Brake pads front", "Brake pads rear", "Spark plug", "Timing belt kit"];
    private static readonly string[] Prefixes = ["OC", "LX", "LA", "KL", "BP", "BR", "SP", "TB"];
    private static readonly string[] Models = ["Golf", "Polo", "Passat", "Octavia", "Rapid", "Focus", "Mondeo", "Astra", "Corsa", "Logan", "Duster", "Sandero", "Solaris", "Rio",
        "Ceed", "Sportage", "Tucson", "Camry", "Corolla", "RAV4", "Qashqai", "X-Trail", "Almera", "Lancer", "Outlander", "Granta", "Vesta", "Niva", "Megane", "Kaptur"];

    public sealed record SearchResult(int Parts, double SeedSeconds, int Reads, int WordReads, Figures Article, Figures Analogue, Figures Words, int HitsPerArticle);

    public sealed record Figures(double P50Ms, double P99Ms, double MaxMs);

    /// <summary>Part <paramref name="i"/>'s article as the catalogue prints it: unique per part.</summary>
    public static string ArticleOf(int i) => $"{Prefixes[i % Prefixes.Length]} {i:D7}";

    public static string BrandOf(int i) => Brands[i % Brands.Length];

    /// <summary>An article of no catalogue part that part <paramref name="i"/> lists as replacing it.</summary>
    public static string ForeignArticleOf(int i) => $"ZX-{i:D7}";

    public static async Task<SearchResult> SearchAsync(BenchApp app, int count, int reads, int warmup, int wordReads)
    {
        var seed = Stopwatch.StartNew();
        await (app.Provider == DatabaseProvider.Postgres ? CopyAsync(app, count) : SaveAsync(app, count));
        var seedSeconds = seed.Elapsed.TotalSeconds;

        var random = new Random(15);
        string Typed(int i) => ArticleOf(i).ToLowerInvariant().Replace(' ', '-');
        async Task<(double Ms, int Hits)> ReadAsync(string query)
        {
            var clock = Stopwatch.StartNew();
            var body = await (await app.Administrator.GetAsync($"/api/spare-parts/parts?{query}")).ReadAsync<JsonElement>();
            return (clock.Elapsed.TotalMilliseconds, body.GetProperty("items").GetArrayLength());
        }

        var queries = new Func<int, string>[]
        {
            i => $"article={Uri.EscapeDataString(Typed(i))}",
            i => $"article={Uri.EscapeDataString(ForeignArticleOf(i))}",
            i => $"q={Uri.EscapeDataString($"{Kinds[i % Kinds.Length]} {Models[i % Models.Length]}")}",
        };
        for (var i = 0; i < warmup; i++)
        {
            await ReadAsync(queries[i % 2](random.Next(count))); // the JIT's second tier and the plan cache
        }

        // By article and by analogue in turn; then by words, fewer: a common pair of words can take seconds (ADR 0079).
        var measured = queries.Select(_ => new List<(double Ms, int Hits)>()).ToArray();
        for (var i = 0; i < reads * 2; i++)
        {
            measured[i % 2].Add(await ReadAsync(queries[i % 2](random.Next(count))));
        }

        for (var i = 0; i < wordReads; i++)
        {
            measured[2].Add(await ReadAsync(queries[2](random.Next(count))));
        }

        if (measured[0].Concat(measured[1]).Any(m => m.Hits == 0))
        {
            throw new InvalidOperationException("A search by an article of the catalogue found nothing.");
        }

        return new SearchResult(count, seedSeconds, reads, wordReads, Of(measured[0]), Of(measured[1]), Of(measured[2]), (int)measured[0].Average(m => m.Hits));
    }

    private static Figures Of(List<(double Ms, int Hits)> reads)
    {
        var sorted = reads.Select(r => r.Ms).Order().ToArray();
        return new Figures(Percentile(sorted, 0.50), Percentile(sorted, 0.99), sorted[^1]);
    }

    /// <summary>Part i lists parts i+1 and i+7 of the catalogue and one foreign article: so parts i−1 and i−7 list it.</summary>
    private static IEnumerable<(string Brand, string Article)> AnaloguesOf(int i, int count) =>
        [(BrandOf((i + 1) % count), ArticleOf((i + 1) % count)), (BrandOf((i + 7) % count), ArticleOf((i + 7) % count)), ("Sakura", ForeignArticleOf(i))];

    private static string NameOf(int i) => $"{Kinds[i % Kinds.Length]} {Models[i % Models.Length]} {i % 97}";

    /// <summary>PostgreSQL: binary COPY into the three tables (what the domain would write, with its keys), then ANALYZE.</summary>
    private static async Task CopyAsync(BenchApp app, int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToArray();
        // No command timeout: finishing a COPY of millions of rows (index upkeep included) takes minutes on a busy machine.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.Database.ConnectionString) { CommandTimeout = 0 }.ConnectionString);
        await connection.OpenAsync();
        const string Schema = SparePartsDbContext.SchemaName;
        await using (var parts = await connection.BeginBinaryImportAsync(
            $"""COPY {Schema}."Parts" ("Id", "Article", "ArticleKey", "Brand", "BrandKey", "Name", "Unit", "Price", "Version") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < count; i++)
            {
                await parts.WriteRowAsync(default, ids[i], ArticleOf(i), Articles.Key(ArticleOf(i)), BrandOf(i), BrandKeyOf(BrandOf(i)), NameOf(i), "pcs", 5m + (i % 400), 1);
            }

            await parts.CompleteAsync();
        }

        await using (var analogues = await connection.BeginBinaryImportAsync(
            $"""COPY {Schema}."PartAnalogues" ("PartId", "ArticleKey", "BrandKey", "Brand", "Article") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < count; i++)
            {
                foreach (var (brand, article) in AnaloguesOf(i, count).DistinctBy(a => (Articles.Key(a.Article), BrandKeyOf(a.Brand))))
                {
                    await analogues.WriteRowAsync(default, ids[i], Articles.Key(article), BrandKeyOf(brand), brand, article);
                }
            }

            await analogues.CompleteAsync();
        }

        await using (var words = await connection.BeginBinaryImportAsync($"""COPY {Schema}."PartWords" ("PartId", "Word") FROM STDIN (FORMAT BINARY)"""))
        {
            for (var i = 0; i < count; i++)
            {
                foreach (var word in NameWords.Of(NameOf(i)))
                {
                    await words.WriteRowAsync(default, ids[i], word);
                }
            }

            await words.CompleteAsync();
        }

        await using var analyze = new NpgsqlCommand($"""ANALYZE {Schema}."Parts"; ANALYZE {Schema}."PartAnalogues"; ANALYZE {Schema}."PartWords";""", connection);
        await analyze.ExecuteNonQueryAsync();
    }

    private static string BrandKeyOf(string brand) => Crm.Modules.SpareParts.Domain.Parts.Brands.Key(brand);

    /// <summary>SQLite: through the domain, 5,000 parts per save (slower; use a smaller --parts).</summary>
    private static async Task SaveAsync(BenchApp app, int count)
    {
        for (var from = 0; from < count; from += 5_000)
        {
            await using var scope = app.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<SparePartsDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var i in Enumerable.Range(from, Math.Min(5_000, count - from)))
            {
                var part = Part.Register(new PartId(Guid.NewGuid()), new PartDetails(ArticleOf(i), BrandOf(i), NameOf(i), "pcs", 5m + (i % 400)));
                part.SetAnalogues([.. AnaloguesOf(i, count).Select(a => new ArticleRef(a.Brand, a.Article))], DateTime.UtcNow);
                part.ClearDomainEvents();
                db.Parts.Add(part);
            }

            await db.SaveChangesAsync();
        }
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
