using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.Parts.Rules;

namespace Crm.Modules.SpareParts.Domain.Parts;

public readonly record struct PartId(Guid Value) : ITypedId;

/// <summary>What a part is called and sold as: the maker's article under a brand, a name, the unit it is counted in, a price.</summary>
public sealed record PartDetails(string Article, string Brand, string Name, string Unit, decimal Price);

/// <summary>
/// A part of the catalogue. The article is kept as written and as its search key (<see cref="ArticleKey"/>: case,
/// spaces and dashes do not matter, people type "oc-90", catalogues print "OC 90"); one brand's article is one part.
/// </summary>
public sealed class Part : AggregateRoot<PartId>
{
    public const int ArticleMaxLength = 40;
    public const int BrandMaxLength = 60;
    public const int NameMaxLength = 200;

    private Part()
    {
        Article = ArticleKey = Brand = BrandKey = Name = Unit = string.Empty;
    }

    public string Article { get; private set; }

    public string ArticleKey { get; private set; }

    public string Brand { get; private set; }

    /// <summary>The brand upper-cased: "Mann" and "MANN" are one brand.</summary>
    public string BrandKey { get; private set; }

    public string Name { get; private set; }

    /// <summary>A code of <see cref="PartUnits"/>; it fixes how many decimals a quantity may have.</summary>
    public string Unit { get; private set; }

    public decimal Price { get; private set; }

    public static Part Register(PartId id, PartDetails details)
    {
        var part = new Part { Id = id };
        part.Describe(details);
        return part;
    }

    /// <summary>The catalogue's entry corrected or repriced.</summary>
    public void Change(PartDetails details) => Describe(details);

    private void Describe(PartDetails details)
    {
        Article = Guard.NotBlank(details.Article, nameof(details.Article), ArticleMaxLength);
        ArticleKey = Articles.Key(Article);
        CheckRule(new ArticleMustHaveLetterOrDigitRule(Article));

        Brand = Guard.NotBlank(details.Brand, nameof(details.Brand), BrandMaxLength);
        BrandKey = Brand.ToUpperInvariant();
        Name = Guard.NotBlank(details.Name, nameof(details.Name), NameMaxLength);
        CheckRule(new UnitMustBeKnownRule(details.Unit));
        CheckRule(new PriceMustBePositiveRule(details.Price));
        Unit = details.Unit;
        Price = details.Price;
    }
}
