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
