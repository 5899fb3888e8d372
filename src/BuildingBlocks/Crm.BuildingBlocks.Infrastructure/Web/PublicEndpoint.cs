using Microsoft.AspNetCore.Builder;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Endpoints anybody may call, each saying what stands in for sign-in: the OpenAPI document shows it as
/// <c>x-crm-guard</c> beside <c>x-crm-access: anonymous</c>, and the authorization test refuses an anonymous
/// operation that names no guard. A module adds a public hook without editing that test; an auditor reads every
/// hook's guard in one document.
/// </summary>
public static class PublicEndpoint
{
    /// <summary>How a public endpoint keeps strangers from abusing it.</summary>
    public enum Guard
    {
        /// <summary>The caller signs the body with a shared secret (HMAC); anything else is refused.</summary>
        Signature,

        /// <summary>A few requests per address and minute; more is 429.</summary>
        RateLimit,

        /// <summary>Reads that reveal nothing (health).</summary>
        ReadsNothingPrivate,

        /// <summary>No guard: the endpoint's summary must say why the worst a forger can do is harmless.</summary>
        NoneHarmless,
    }

    /// <summary>Endpoint metadata read by the OpenAPI document.</summary>
    public sealed record Marker(Guard Guard);

    public static TBuilder AllowAnonymousGuardedBy<TBuilder>(this TBuilder builder, Guard guard)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AllowAnonymous().WithMetadata(new Marker(guard));
}
