using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Common;

/// <summary>A work to do: its name, the standard hours it takes (norm hours) and its price.</summary>
public sealed record WorkSpec(string Name, decimal NormHours, decimal Price);

/// <summary>
/// A part to use: free text ("front pads, original") or a reference to a part of the Spare Parts catalogue that
/// comes later (kept as an id now, resolved by that module), a quantity and the price of one.
/// </summary>
public sealed record PartSpec(string? Text, string? PartReference, decimal Quantity, decimal Price)
{
    public decimal Amount => Quantity * Price;
}

/// <summary>Limits the lines share wherever they appear (estimates, bookings, work orders).</summary>
public static class Lines
{
    public const int NameMaxLength = 300;
    public const int ReferenceMaxLength = 100;
    public const int MaxCount = 200;

    public static string Name(string name) => Guard.NotBlank(name, "name", NameMaxLength);

    /// <summary>A part line says what part it is: in words, by catalogue reference, or both.</summary>
    public static bool Describes(PartSpec part) => !string.IsNullOrWhiteSpace(part.Text) || !string.IsNullOrWhiteSpace(part.PartReference);

    public static string? Optional(string? text, int maxLength) => string.IsNullOrWhiteSpace(text) ? null : Guard.NotBlank(text, "text", maxLength);
}
