using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;

namespace Crm.Modules.SpareParts.Application.Parts.FindParts;

/// <summary>
/// A search by article (ADR 0079): the parts with that article (any brand), then, one step each way, the parts they list
/// as analogues and the parts that list that article as theirs. A cross-reference says two parts are interchangeable,
/// whichever card it was typed on. The whole answer is a handful to a few hundred rows, found through three indexes, so
/// it is put together and ordered here, and paged with the same cursor as lists.
/// </summary>
internal static class ArticleSearch
{
    public static async Task<List<PartHit>> FindAsync(IReadRepository<Part> parts, string articleKey, string? brandKey, CancellationToken ct)
    {
        var itself = await parts.ListAsync(new PartsWithArticleSpec(articleKey), ct);
        var listed = itself.SelectMany(p => p.Analogues.Select(a => (Of: p.Row, Analogue: a))).ToList();
        List<PartRow> replacing = listed.Count == 0 ? [] : await parts.ListAsync(new PartRowsSpec([.. listed.Select(l => l.Analogue.ArticleKey).Distinct()]), ct);
        var listing = await parts.ListAsync(new PartsListingArticleSpec(articleKey), ct);

        var hits = itself.Select(p => new PartHit(p.Row, 0, "article", null))
            .Concat(replacing.SelectMany(r => listed.Where(l => l.Analogue.ArticleKey == r.ArticleKey && l.Analogue.BrandKey == r.BrandKey).Take(1)
                .Select(l => new PartHit(r, 1, "analogue", new AnalogueOfDto(l.Of.Brand, l.Of.Article, l.Of.Id.Value)))))
            .Concat(listing.Select(p => new PartHit(p.Row, 1, "analogue", Of(p.Analogues[0], itself))));
        return [.. hits.Where(h => brandKey is null || h.Row.BrandKey == brandKey)
            .GroupBy(h => h.Row.Id).Select(same => same.MinBy(h => h.Rank)!)
            .OrderBy(h => h.Rank).ThenBy(h => h.Row.BrandKey, StringComparer.Ordinal).ThenBy(h => h.Row.ArticleKey, StringComparer.Ordinal)];
    }

    /// <summary>The rows after the cursor, at most <paramref name="take"/>, in the order <see cref="FindAsync"/> gave.</summary>
    public static List<PartHit> After(List<PartHit> hits, PartCursor? after, int take) =>
        [.. hits.Where(h => after is null || Compare(h.Cursor, after) > 0).Take(take)];

    private static int Compare(PartCursor x, PartCursor y) =>
        x.Rank != y.Rank ? x.Rank.CompareTo(y.Rank)
        : string.CompareOrdinal(x.BrandKey, y.BrandKey) is var byBrand and not 0 ? byBrand
        : string.CompareOrdinal(x.ArticleKey, y.ArticleKey);

    /// <summary>The article a part lists, with the catalogue's part of it when that is one of those searched.</summary>
    private static AnalogueOfDto Of(ListedAnalogue listed, List<RowWithAnalogues> itself) =>
        new(listed.Brand, listed.Article, itself.FirstOrDefault(p => p.Row.ArticleKey == listed.ArticleKey && p.Row.BrandKey == listed.BrandKey)?.Row.Id.Value);
}
