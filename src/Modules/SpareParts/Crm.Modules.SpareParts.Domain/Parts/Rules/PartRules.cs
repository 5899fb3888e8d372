using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.SpareParts.Domain.Parts.Rules;

/// <summary>An article is searched by its letters and digits: one made only of punctuation could never be found.</summary>
public sealed class ArticleMustHaveLetterOrDigitRule(string article) : IBusinessRule
{
    public string Code => "part.article-invalid";

    public string Message => $"The article '{article}' has no letter or digit.";

    public bool IsBroken() => Articles.Key(article).Length == 0;
}

/// <summary>Quantities are checked against the unit's decimals, so only the units the module knows are accepted.</summary>
public sealed class UnitMustBeKnownRule(string? unit) : IBusinessRule
{
    public string Code => "part.unit-unknown";

    public string Message => $"'{unit}' is not a unit; use one of {string.Join(", ", PartUnits.Decimals.Keys)}.";

    public bool IsBroken() => !PartUnits.IsKnown(unit);
}

/// <summary>A price is money per unit: more than zero, in cents at most (what a receipt can print).</summary>
public sealed class PriceMustBePositiveRule(decimal price) : IBusinessRule
{
    public const decimal Max = 1_000_000_000m;

    public string Code => "part.price-invalid";

    public string Message => $"A price must be more than 0 and less than {Max}, with at most two decimals; {price} is not.";

    public bool IsBroken() => price <= 0 || price >= Max || decimal.Round(price, 2) != price;
}

/// <summary>A part cannot replace itself: its own article under its own brand is not its analogue.</summary>
public sealed class AnalogueMustNotBeThePartItselfRule(Part part, IEnumerable<PartAnalogue> analogues) : IBusinessRule
{
    public string Code => "part.analogue-is-itself";

    public string Message => $"{part.Brand} {part.Article} is the part itself, not its analogue.";

    public bool IsBroken() => analogues.Any(a => a.IsSame(part.ArticleKey, part.BrandKey));
}

/// <summary>Each analogue once: "OC-90" and "oc 90" of one brand are the same article.</summary>
public sealed class AnaloguesMustBeDistinctRule(IReadOnlyList<PartAnalogue> analogues) : IBusinessRule
{
    public string Code => "part.analogue-repeated";

    public string Message => "An analogue is listed twice (articles are compared by their letters and digits, brands in any case).";

    public bool IsBroken() => analogues.Select(a => (a.ArticleKey, a.BrandKey)).Distinct().Count() != analogues.Count;
}

/// <summary>A part's cross-references are a short list; hundreds would be a catalogue typed into the wrong place.</summary>
public sealed class AnaloguesMustBeFewRule(int count, int max) : IBusinessRule
{
    public string Code => "part.analogues-too-many";

    public string Message => $"A part lists at most {max} analogues; {count} were sent.";

    public bool IsBroken() => count > max;
}
