using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// Every error the host answers is RFC 9457 problem details in JSON, with the correlation id and a stable
/// <c>code</c>: the thrower's when it knows better (<c>order.closed</c>, <c>employee.unknown</c>), otherwise one
/// by status, filled here, so routing's 404, authentication's 401 and a plain 403 carry one too.
/// </summary>
internal static class ProblemDetailsSetup
{
    public static void AddCrmProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = c =>
        {
            c.ProblemDetails.Extensions["correlationId"] = c.HttpContext.TraceIdentifier;
            c.ProblemDetails.Extensions.TryAdd("code", CodeFor(c.ProblemDetails.Status ?? c.HttpContext.Response.StatusCode));
        });
        // After the default writer, which declines when the client does not accept JSON (Accept: application/xml).
        services.AddSingleton<IProblemDetailsWriter, JsonWhateverAcceptedWriter>();
    }

    /// <summary>The code of a problem whose thrower named none: what the status means to a client.</summary>
    public static string CodeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "request.invalid",
        StatusCodes.Status401Unauthorized => "auth.required",
        StatusCodes.Status403Forbidden => "auth.forbidden",
        StatusCodes.Status404NotFound => "resource.not-found",
        StatusCodes.Status405MethodNotAllowed => "request.method-not-allowed",
        StatusCodes.Status406NotAcceptable => "request.not-acceptable",
        StatusCodes.Status409Conflict => "conflict",
        StatusCodes.Status413PayloadTooLarge => "request.too-large",
        StatusCodes.Status415UnsupportedMediaType => "request.unsupported-media-type",
        StatusCodes.Status422UnprocessableEntity => "rule.broken",
        >= 500 => "server.error",
        _ => $"http.{status}",
    };

    /// <summary>
    /// Errors are JSON whatever the client accepts: a client asking for XML still learns what went wrong (and the
    /// exception handler, finding no writer, would otherwise turn a 404 into an empty 500).
    /// </summary>
    private sealed class JsonWhateverAcceptedWriter(IOptions<ProblemDetailsOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
    {
        public bool CanWrite(ProblemDetailsContext context) => true;

        public ValueTask WriteAsync(ProblemDetailsContext context)
        {
            var problem = context.ProblemDetails;
            var response = context.HttpContext.Response;
            problem.Status ??= response.StatusCode;
            problem.Title ??= ReasonPhrases.GetReasonPhrase(problem.Status.Value);
            problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier); // as the default writer does
            options.Value.CustomizeProblemDetails?.Invoke(context);
            return new ValueTask(response.WriteAsJsonAsync(problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json"));
        }
    }
}
