using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.SpareParts.Domain.Parts.Rules;

/// <summary>A quantity is more than zero, with no more decimals than its unit allows (pieces are whole, litres to the millilitre).</summary>
public sealed class QuantityMustFitUnitRule(string unit, decimal quantity) : IBusinessRule
{
    public const decimal Max = 1_000_000_000m;

    public string Code => "quantity.invalid";

    public string Message => $"{quantity} {unit} is not a quantity: more than 0, below {Max}, with at most {(PartUnits.Decimals.TryGetValue(unit, out var d) ? d : 0)} decimals.";

    public bool IsBroken() => quantity >= Max || !PartUnits.Fits(unit, quantity);
}
