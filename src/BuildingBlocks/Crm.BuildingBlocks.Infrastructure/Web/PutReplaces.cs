using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// A PUT replaces what it addresses (ADR 0056): every member of its body must be sent, a nullable one as
/// <c>null</c> to clear it. A member left out is a 400 naming it (<c>field.missing</c>), never a silent wipe, and
/// never "kept as it was" either. Applied to every PUT of every module from their route group, after authorization
/// and binding (so a 403 or a malformed body answer first); the body is read again from the buffer
/// <see cref="BufferBodies"/> keeps.
/// </summary>
internal static class PutReplaces
{
    public const string Code = "field.missing";

    private const string Note = "A PUT replaces: send every field of the body (null clears a nullable one); a field left out is a 400 field.missing.";

    /// <summary>Every PUT's description in the OpenAPI document states the rule.</summary>
    public static string? Describe(string? method, IList<object> metadata, string? description) =>
        !HttpMethods.IsPut(method ?? string.Empty) || metadata.OfType<OmittedMembersTakeDefaults>().Any() ? description
        : string.IsNullOrEmpty(description) ? Note
        : $"{description} {Note}";

    /// <summary>PUT bodies are kept readable for the check (they are small: a card's fields).</summary>
    public static Task BufferBodies(HttpContext context, RequestDelegate next)
    {
        if (HttpMethods.IsPut(context.Request.Method))
        {
            context.Request.EnableBuffering();
        }

        return next(context);
    }

    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next) => async invocation =>
    {
        var http = invocation.HttpContext;
        if (!HttpMethods.IsPut(http.Request.Method) || !http.Request.Body.CanSeek
            || http.GetEndpoint()?.Metadata is not { } metadata || metadata.GetMetadata<OmittedMembersTakeDefaults>() is not null
            || metadata.GetMetadata<IAcceptsMetadata>()?.RequestType is not { } bodyType)
        {
            return await next(invocation);
        }

        var missing = await MissingAsync(http, bodyType);
        return missing.Count == 0
            ? await next(invocation)
            : TypedResults.Problem(ProblemDetailsExceptionHandler.Invalid(
                missing.ToDictionary(m => m, _ => new[] { "Required: a PUT replaces the whole; send null to clear a value." }), Code));
    };

    private static async Task<List<string>> MissingAsync(HttpContext http, Type bodyType)
    {
        var type = http.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions.GetTypeInfo(bodyType);
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return [];
        }

        http.Request.Body.Position = 0;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            if (body.RootElement.ValueKind != JsonValueKind.Object)
            {
                return [];
            }

            var sent = body.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return type.Properties.Where(p => p.Set is not null || p.AssociatedParameter is not null).Select(p => p.Name).Where(n => !sent.Contains(n)).ToList();
        }
        catch (JsonException)
        {
            return []; // another encoding the binder transcoded: it read the body already, as it is
        }
    }
}

/// <summary>
/// This PUT's body is a document whose format gives each optional member a documented default (a process
/// definition, the same file format as import): a member left out takes that default rather than being refused.
/// </summary>
public sealed class OmittedMembersTakeDefaults
{
    public static readonly OmittedMembersTakeDefaults Instance = new();
}

public static class OmittedMembersTakeDefaultsExtensions
{
    public static TBuilder OmittedMembersTakeDefaults<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(Web.OmittedMembersTakeDefaults.Instance);
}
