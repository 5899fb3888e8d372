using System.Security.Cryptography;
using System.Text;

namespace Crm.Modules.ServiceStation.Application.Telephony;

/// <summary>
/// <c>ServiceStation:Telephony</c>: the secret the station's PBX signs its webhooks with (none: every webhook is
/// refused), and how far a request's timestamp may be from the station's clock (ADR 0069).
/// </summary>
public sealed class TelephonyOptions
{
    public const string Section = "ServiceStation:Telephony";

    public string? Secret { get; set; }

    public TimeSpan Tolerance { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// The webhook's signature: hex HMAC-SHA256, keyed with the secret, of <c>{timestamp}.{body}</c>. The timestamp is
/// signed with the body, so a caught request cannot be made fresh again, only replayed as it was.
/// </summary>
public static class TelephonySignature
{
    public const string SignatureHeader = "X-Crm-Signature";
    public const string TimestampHeader = "X-Crm-Timestamp";

    public static string Sign(string secret, string timestamp, string body) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "." + body)));

    public static bool IsValid(string secret, string? timestamp, string body, string? signature)
    {
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant()));
    }

    /// <summary>The delivery's key in the replay store: the signature, hashed to the size of a Guid.</summary>
    public static Guid DeliveryId(string signature) => new(SHA256.HashData(Encoding.ASCII.GetBytes(signature.Trim().ToLowerInvariant())).AsSpan(0, 16));
}
