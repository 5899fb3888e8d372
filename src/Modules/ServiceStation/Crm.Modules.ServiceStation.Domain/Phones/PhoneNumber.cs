namespace Crm.Modules.ServiceStation.Domain.Phones;

/// <summary>
/// How the station's own country writes numbers: its calling code (<c>7</c>), the trunk prefix dialled before a
/// national number (<c>8</c> in Russia, <c>0</c> in most of Europe, none in Portugal) and the length of a national
/// number (10 in Russia), when it has one length. A PBX sends whatever its line shows, often without the plus.
/// </summary>
public sealed record PhoneRegion(string CountryCode, string? TrunkPrefix, int? NationalLength)
{
    public static readonly PhoneRegion Default = new("7", "8", 10);
}

/// <summary>
/// Phone numbers in E.164 (<c>+79161234567</c>): the one form two numbers are compared in, whoever wrote them
/// ("8 (916) 123-45-67", "+7 916 123 45 67", "0079161234567" and "79161234567" are one caller).
/// </summary>
public static class PhoneNumber
{
    private const int MinDigits = 8; // a country code and a short subscriber number
    private const int MaxDigits = 15; // E.164's limit

    /// <summary>The number in E.164, or null when it is not a phone number (letters, too short or too long).</summary>
    public static string? ToE164(string? raw, PhoneRegion region)
    {
        if (string.IsNullOrWhiteSpace(raw))
        {
            return null;
        }

        var text = raw.Trim();
        var international = text.StartsWith('+');
        var digits = new System.Text.StringBuilder(text.Length);
        foreach (var c in international ? text[1..] : text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits.Append(c);
            }
            else if (c is not (' ' or '-' or '.' or '(' or ')'))
            {
                return null;
            }
        }

        var number = international ? digits.ToString() : WithCountryCode(digits.ToString(), region);
        return number is { Length: >= MinDigits and <= MaxDigits } && number[0] != '0' ? "+" + number : null;
    }

    /// <summary>A number written without the plus: international after 00, else national (or already with the country code).</summary>
    private static string? WithCountryCode(string digits, PhoneRegion region)
    {
        if (digits.StartsWith("00", StringComparison.Ordinal))
        {
            return digits[2..];
        }

        var length = region.NationalLength;
        if (region.TrunkPrefix is { Length: > 0 } trunk && digits.StartsWith(trunk, StringComparison.Ordinal)
            && (length is null || digits.Length == trunk.Length + length))
        {
            return region.CountryCode + digits[trunk.Length..];
        }

        if (length is null || digits.Length == length)
        {
            return region.CountryCode + digits;
        }

        // "79161234567": the country code without the plus, as many PBXs send it.
        return digits.StartsWith(region.CountryCode, StringComparison.Ordinal) && digits.Length == region.CountryCode.Length + length ? digits : null;
    }
}
