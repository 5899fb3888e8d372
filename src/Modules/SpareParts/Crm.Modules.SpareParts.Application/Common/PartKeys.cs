using Ardalis.Specification;
using Crm.Modules.SpareParts.Domain.Parts;

namespace Crm.Modules.SpareParts.Application.Common;

/// <summary>Which part a brand's article is: the catalogue's unique pair of keys.</summary>
public sealed record PartKey(PartId Id, string ArticleKey, string BrandKey);

/// <summary>The parts with any of these article keys (every brand), as their keys only: one range of the article index each.</summary>
public sealed class PartKeysSpec : Specification<Part, PartKey>
{
    public PartKeysSpec(IReadOnlyCollection<string> articleKeys)
    {
        Query.Where(p => articleKeys.Contains(p.ArticleKey));
        Query.Select(p => new PartKey(p.Id, p.ArticleKey, p.BrandKey));
    }
}
