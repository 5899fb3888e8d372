using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Vehicles.Rules;

/// <summary>
/// A VIN has 17 characters, letters and digits but no I, O or Q. VINs of North America (the first character 1–5)
/// carry a check digit in the ninth place (49 CFR 565): a typo there is caught before a wrong car is booked. Other
/// regions (Europe's W…, Japan's J…) have no check digit, so theirs is not checked. The validator at the door uses
/// this rule too, so the 400 on "vin" and the aggregate's guard say the same thing.
/// </summary>
public sealed class VinMustBeValidRule(string? text) : IBusinessRule
{
    private const string Transliteration = "0123456789.ABCDEFGH..JKLMN.P.R..STUVWXYZ";
    private static readonly int[] Weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

    public string Code => Problem() switch
    {
        VinProblem.Length => "vin.length",
        VinProblem.Characters => "vin.characters",
        VinProblem.CheckDigit => "vin.check-digit",
        _ => "vin.valid",
    };

    public string Message => Problem() switch
    {
        VinProblem.Length => $"A VIN has {Vin.Length} characters.",
        VinProblem.Characters => "A VIN has only letters and digits, and never I, O or Q.",
        VinProblem.CheckDigit => $"The check digit (the ninth character) should be '{ExpectedCheckDigit(Normalised)}': a character is mistyped.",
        _ => "The VIN is valid.",
    };

    public bool IsBroken() => Problem() != VinProblem.None;

    private string Normalised => text is null ? string.Empty : Vin.Normalise(text);

    private VinProblem Problem()
    {
        var vin = Normalised;
        if (vin.Length != Vin.Length)
        {
            return VinProblem.Length;
        }

        if (!vin.All(c => char.IsAsciiDigit(c) || (char.IsAsciiLetterUpper(c) && c is not ('I' or 'O' or 'Q'))))
        {
            return VinProblem.Characters;
        }

        return HasCheckDigit(vin) && vin[8] != ExpectedCheckDigit(vin) ? VinProblem.CheckDigit : VinProblem.None;
    }

    /// <summary>North American VINs (world manufacturer identifiers starting 1–5) carry the check digit.</summary>
    private static bool HasCheckDigit(string vin) => vin[0] is >= '1' and <= '5';

    /// <summary>Each character's value (letters by the standard's table) times its position's weight, modulo 11; 10 is 'X'.</summary>
    private static char ExpectedCheckDigit(string vin)
    {
        var sum = vin.Select((c, i) => (Transliteration.IndexOf(c, StringComparison.Ordinal) % 10) * Weights[i]).Sum();
        var remainder = sum % 11;
        return remainder == 10 ? 'X' : (char)('0' + remainder);
    }

    private enum VinProblem
    {
        None,
        Length,
        Characters,
        CheckDigit,
    }
}
