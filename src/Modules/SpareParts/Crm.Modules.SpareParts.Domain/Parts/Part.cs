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

    /// <summary>How many analogues one part may list: a cross-reference table, not a catalogue of its own.</summary>
    public const int MaxAnalogues = 100;

    private readonly List<PartAnalogue> _analogues = [];
    private readonly List<PartWord> _words = [];

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

    /// <summary>Other brands' articles that replace this part (<see cref="SetAnalogues"/>).</summary>
    public IReadOnlyList<PartAnalogue> Analogues => _analogues;

    /// <summary>The name's words for search (kept in step with <see cref="Name"/>).</summary>
    public IReadOnlyList<PartWord> Words => _words;

    public static Part Register(PartId id, PartDetails details)
    {
        var part = new Part { Id = id };
        part.Describe(details);
        return part;
    }

    /// <summary>The catalogue's entry corrected or repriced.</summary>
    public void Change(PartDetails details) => Describe(details);

    /// <summary>
    /// The part's cross-references replaced by <paramref name="analogues"/>: each another article (not this part's own),
    /// each once, at most <see cref="MaxAnalogues"/>. Rows that stay are kept, so only what changed is written.
    /// </summary>
    public void SetAnalogues(IReadOnlyCollection<ArticleRef> analogues, DateTime nowUtc)
    {
        var wanted = analogues.Select(a => new PartAnalogue(a)).ToList();
        CheckRule(new AnaloguesMustBeFewRule(wanted.Count, MaxAnalogues));
        CheckRule(new AnaloguesMustBeDistinctRule(wanted));
        CheckRule(new AnalogueMustNotBeThePartItselfRule(this, wanted));
        _analogues.RemoveAll(old => !wanted.Exists(a => a.IsSame(old.ArticleKey, old.BrandKey)));
        _analogues.AddRange(wanted.Where(a => !_analogues.Exists(old => old.IsSame(a.ArticleKey, a.BrandKey))));
        Raise(new PartAnaloguesSetDomainEvent(Id, Guard.Utc(nowUtc, nameof(nowUtc))));
    }

    private void Describe(PartDetails details)
    {
        Article = Guard.NotBlank(details.Article, nameof(details.Article), ArticleMaxLength);
        ArticleKey = Articles.Key(Article);
        CheckRule(new ArticleMustHaveLetterOrDigitRule(Article));

        Brand = Guard.NotBlank(details.Brand, nameof(details.Brand), BrandMaxLength);
        BrandKey = Brands.Key(Brand);
        CheckRule(new AnalogueMustNotBeThePartItselfRule(this, _analogues));
        Name = Guard.NotBlank(details.Name, nameof(details.Name), NameMaxLength);
        var words = NameWords.Of(Name);
        _words.RemoveAll(old => !words.Contains(old.Word, StringComparer.Ordinal));
        _words.AddRange(words.Where(w => !_words.Exists(old => old.Word == w)).Select(w => new PartWord(w)));
        CheckRule(new UnitMustBeKnownRule(details.Unit));
        CheckRule(new PriceMustBePositiveRule(details.Price));
        Unit = details.Unit;
        Price = details.Price;
    }
}

/// <summary>The cross-references were replaced; the card's version moves with it (its own row is otherwise unchanged).</summary>
public sealed record PartAnaloguesSetDomainEvent(PartId PartId, DateTime OccurredAtUtc) : IDomainEvent;
