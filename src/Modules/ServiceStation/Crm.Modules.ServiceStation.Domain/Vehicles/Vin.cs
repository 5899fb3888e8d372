using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Domain.Vehicles.Rules;

namespace Crm.Modules.ServiceStation.Domain.Vehicles;

/// <summary>
/// A vehicle identification number (ISO 3779): 17 letters and digits, never I, O or Q (they read as 1 and 0).
/// Kept upper-case without spaces, so one car has one spelling and the unique index finds its twin.
/// </summary>
public sealed record Vin
{
    public const int Length = 17;

    private Vin(string value) => Value = value;

    public string Value { get; }

    /// <summary>The VIN as typed, trimmed and upper-cased; refused by <see cref="VinMustBeValidRule"/> when malformed.</summary>
    public static Vin Of(string? text)
    {
        var rule = new VinMustBeValidRule(text);
        if (rule.IsBroken())
        {
            throw new BusinessRuleValidationException(rule);
        }

        return new Vin(Normalise(text!));
    }

    public static string Normalise(string text) => text.Trim().ToUpperInvariant();

    public override string ToString() => Value;
}
