using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.SpareParts.Domain.Parts;

/// <summary>Another maker's article, as printed, that may stand in for a part.</summary>
public sealed record ArticleRef(string Brand, string Article);

/// <summary>
/// A cross-reference of a part: another brand's article that replaces it. It need not be in the catalogue (suppliers'
/// cross-reference tables name articles the station never stocked); it is kept as written and by its keys, so a search
/// for that article finds the part that lists it.
/// </summary>
public sealed class PartAnalogue
{
    private PartAnalogue()
    {
        Brand = BrandKey = Article = ArticleKey = string.Empty;
    }

    internal PartAnalogue(ArticleRef analogue)
    {
        Brand = Guard.NotBlank(analogue.Brand, nameof(analogue.Brand), Part.BrandMaxLength);
        BrandKey = Brands.Key(Brand);
        Article = Guard.NotBlank(analogue.Article, nameof(analogue.Article), Part.ArticleMaxLength);
        ArticleKey = Articles.Key(Article);
    }

    public string Brand { get; private set; }

    public string BrandKey { get; private set; }

    public string Article { get; private set; }

    public string ArticleKey { get; private set; }

    /// <summary>The same brand's article, however written.</summary>
    public bool IsSame(string articleKey, string brandKey) => ArticleKey == articleKey && BrandKey == brandKey;
}
