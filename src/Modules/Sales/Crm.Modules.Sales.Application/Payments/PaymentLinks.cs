using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Crm.Modules.Sales.Application.Payments;

/// <summary>Keys and addresses of the payment provider (configuration <c>Sales:Payments</c>).</summary>
public sealed class PaymentSettings
{
    /// <summary>Signs payment links; only this server can make a valid one.</summary>
    public required byte[] LinkKey { get; init; }

    /// <summary>Shared with the provider, who signs each callback body with it (HMAC-SHA256).</summary>
    public required byte[] ProviderKey { get; init; }

    public required string CheckoutUrl { get; init; }

    public TimeSpan LinkLifetime { get; init; } = TimeSpan.FromDays(3);
}

/// <summary>What a valid payment link says: which order, how much, until when; <see cref="LinkId"/> pays once.</summary>
public sealed record PaymentLinkClaims(Guid LinkId, Guid OrderId, decimal Amount, DateTime ExpiresAtUtc);

/// <summary>
/// Payment links are self-contained tokens "payload.signature" (HMAC-SHA256 over the payload, ADR 0015): nothing is
/// stored when one is sent, a forged or altered token fails the signature, and an expired one is refused.
/// </summary>
public sealed class PaymentLinks(PaymentSettings settings, TimeProvider clock)
{
    public (string Token, string Url, DateTime ExpiresAtUtc) Issue(Guid orderId, decimal amount)
    {
        var expires = clock.GetUtcNow().UtcDateTime + settings.LinkLifetime;
        var payload = string.Join('|', Guid.NewGuid().ToString("N"), orderId.ToString("N"),
            amount.ToString("0.00", CultureInfo.InvariantCulture), new DateTimeOffset(expires).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        var body = Base64Url.EncodeToString(Encoding.UTF8.GetBytes(payload));
        var token = $"{body}.{Sign(settings.LinkKey, body)}";
        return (token, $"{settings.CheckoutUrl}?token={Uri.EscapeDataString(token)}", expires);
    }

    /// <summary>The claims of a genuine, unexpired link; null otherwise (the caller does not learn which check failed).</summary>
    public PaymentLinkClaims? Read(string? token)
    {
        var parts = token?.Split('.') ?? [];
        if (parts.Length != 2 || !SignatureMatches(settings.LinkKey, parts[0], parts[1]))
        {
            return null;
        }

        var fields = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(parts[0])).Split('|');
        var claims = new PaymentLinkClaims(Guid.ParseExact(fields[0], "N"), Guid.ParseExact(fields[1], "N"),
            decimal.Parse(fields[2], CultureInfo.InvariantCulture), DateTimeOffset.FromUnixTimeSeconds(long.Parse(fields[3], CultureInfo.InvariantCulture)).UtcDateTime);
        return claims.ExpiresAtUtc > clock.GetUtcNow().UtcDateTime ? claims : null;
    }

    /// <summary>Whether the provider's callback body carries the provider's signature (hex or base64url of HMAC-SHA256).</summary>
    public bool IsSignedByProvider(string body, string? signature) =>
        !string.IsNullOrEmpty(signature) && SignatureMatches(settings.ProviderKey, body, signature.Replace("sha256=", string.Empty, StringComparison.Ordinal));

    public static string Sign(byte[] key, string text) => Base64Url.EncodeToString(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text)));

    private static bool SignatureMatches(byte[] key, string text, string signature)
    {
        var expected = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(text));
        return Decode(signature) is { } given && CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static byte[]? Decode(string signature)
    {
        try
        {
            return signature.Length == 64 && signature.All(Uri.IsHexDigit) ? Convert.FromHexString(signature) : Base64Url.DecodeFromChars(signature);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
