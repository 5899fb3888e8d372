namespace Crm.Modules.SpareParts.Domain.Parts;

/// <summary>
/// The units parts are counted in, each with the decimals a quantity may have: filters come in pieces, oil in litres
/// to the millilitre, hose in metres to the centimetre. A quantity with more decimals than its unit allows is refused.
/// </summary>
public static class PartUnits
{
    public static readonly IReadOnlyDictionary<string, int> Decimals = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["pcs"] = 0,
        ["set"] = 0,
        ["l"] = 3,
        ["kg"] = 3,
        ["m"] = 2,
    };

    public static bool IsKnown(string? unit) => unit is not null && Decimals.ContainsKey(unit);

    /// <summary>True when <paramref name="quantity"/> is positive and has no more decimals than <paramref name="unit"/> allows.</summary>
    public static bool Fits(string unit, decimal quantity) =>
        quantity > 0 && Decimals.TryGetValue(unit, out var decimals) && decimal.Round(quantity, decimals) == quantity;
}
