using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Parts;

namespace Crm.Modules.SpareParts.Application.Parts.FindParts;

/// <summary>An analogue as listed on a part: as written and by its keys.</summary>
public sealed record ListedAnalogue(string Brand, string Article, string ArticleKey, string BrandKey);

/// <summary>A part's row with some of its analogues.</summary>
public sealed record RowWithAnalogues(PartRow Row, List<ListedAnalogue> Analogues);

/// <summary>The catalogue by brand then article, after a cursor; of one brand, with every word in the name, when asked.</summary>
internal sealed class PartListSpec : Specification<Part, PartHit>
{
    public PartListSpec(string? brandKey, IReadOnlyList<string> words, PartCursor? after, int take)
    {
        Query.Where(p => p.BrandKey == brandKey, brandKey is not null);
        foreach (var word in words)
        {
            Query.Where(p => p.Words.Any(w => w.Word == word)); // one range of the words index per word
        }

        if (after is not null)
        {
            var (brand, article) = (after.BrandKey, after.ArticleKey);
            // The first condition alone bounds the index range; the second picks up after the last row within its brand.
            Query.Where(p => string.Compare(p.BrandKey, brand) >= 0 && (string.Compare(p.BrandKey, brand) > 0 || string.Compare(p.ArticleKey, article) > 0));
        }

        Query.OrderBy(p => p.BrandKey).ThenBy(p => p.ArticleKey).Take(take);
        Query.Select(p => new PartHit(new PartRow(p.Id, p.Article, p.ArticleKey, p.Brand, p.BrandKey, p.Name, p.Unit, p.Price), 0, null, null));
    }
}

/// <summary>The parts whose own article has this key (every brand), with the analogues each lists.</summary>
internal sealed class PartsWithArticleSpec : Specification<Part, RowWithAnalogues>
{
    public PartsWithArticleSpec(string articleKey)
    {
        Query.Where(p => p.ArticleKey == articleKey).AsSingleQuery(); // a few analogues each: one round trip
        Query.Select(p => new RowWithAnalogues(new PartRow(p.Id, p.Article, p.ArticleKey, p.Brand, p.BrandKey, p.Name, p.Unit, p.Price),
            p.Analogues.Select(a => new ListedAnalogue(a.Brand, a.Article, a.ArticleKey, a.BrandKey)).ToList()));
    }
}

/// <summary>The parts that list an analogue with this article key, with those analogues (read through the analogues' article index).</summary>
internal sealed class PartsListingArticleSpec : Specification<Part, RowWithAnalogues>
{
    public PartsListingArticleSpec(string articleKey)
    {
        Query.Where(p => p.Analogues.Any(a => a.ArticleKey == articleKey)).AsSingleQuery(); // one analogue each: one round trip
        Query.Select(p => new RowWithAnalogues(new PartRow(p.Id, p.Article, p.ArticleKey, p.Brand, p.BrandKey, p.Name, p.Unit, p.Price),
            p.Analogues.Where(a => a.ArticleKey == articleKey).Select(a => new ListedAnalogue(a.Brand, a.Article, a.ArticleKey, a.BrandKey)).ToList()));
    }
}

/// <summary>The rows of the parts with any of these article keys (every brand).</summary>
internal sealed class PartRowsSpec : Specification<Part, PartRow>
{
    public PartRowsSpec(IReadOnlyCollection<string> articleKeys)
    {
        Query.Where(p => articleKeys.Contains(p.ArticleKey));
        Query.Select(p => new PartRow(p.Id, p.Article, p.ArticleKey, p.Brand, p.BrandKey, p.Name, p.Unit, p.Price));
    }
}
