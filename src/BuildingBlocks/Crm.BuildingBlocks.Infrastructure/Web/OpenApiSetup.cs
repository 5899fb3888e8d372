using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>
/// The OpenAPI document at /openapi/v1.json with the bearer scheme, and Swagger UI at /swagger (when enabled). Every operation
/// says who may call it in <c>x-crm-access</c> (anonymous, employee, administrator), read from the endpoint's own
/// authorization metadata: the table of expected outcomes the authorization test checks lives with the endpoints. An
/// anonymous operation also says what stands in for sign-in in <c>x-crm-guard</c> (<see cref="PublicEndpoint"/>).
/// </summary>
internal static class OpenApiSetup
{
    public const string AccessExtension = "x-crm-access";

    public const string GuardExtension = "x-crm-guard";

    private const string Bearer = "Bearer";

    public static void AddCrmOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options => options.AddSchemaTransformer(ConvertedValueSchemas.Restore).AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Service-station CRM API";
            document.Info.Description = "Processes turn events into tasks for people. Get a token, then press Authorize. " +
                "Times are stored in UTC and returned in the signed-in employee's time zone.";
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.Http,
                Scheme = "bearer",
                BearerFormat = "JWT",
                Description = "In Development: POST /api/auth/dev-token and paste the accessToken.",
            };
            document.Security ??= [];
            document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] });
            return Task.CompletedTask;
        }).AddOperationTransformer((operation, context, _) =>
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            var metadata = context.Description.ActionDescriptor.EndpointMetadata;
            operation.Extensions[AccessExtension] = new JsonNodeExtension(JsonValue.Create(Access(metadata)));
            if (metadata.OfType<PublicEndpoint.Marker>().LastOrDefault() is { } guard)
            {
                operation.Extensions[GuardExtension] = new JsonNodeExtension(JsonValue.Create(JsonNamingPolicy.KebabCaseLower.ConvertName(guard.Guard.ToString())));
            }

            operation.Description = PutReplaces.Describe(context.Description.HttpMethod, metadata, operation.Description);
            return Task.CompletedTask;
        }));

    private static string Access(IList<object> metadata) =>
        metadata.OfType<IAllowAnonymous>().Any() || !metadata.OfType<IAuthorizeData>().Any() ? "anonymous"
        : metadata.OfType<AdministratorOnly.Marker>().Any() ? "administrator"
        : "employee";

    /// <summary>
    /// <c>OpenApi:Enabled</c>: whether /openapi/v1.json and /swagger are served. On in Development, off elsewhere
    /// unless set: a production host need not describe itself to whoever asks.
    /// </summary>
    public static bool Enabled(WebApplication app) =>
        app.Configuration["OpenApi:Enabled"] is { Length: > 0 } value ? bool.Parse(value) : app.Environment.IsDevelopment();

    public static void UseCrmOpenApi(this WebApplication app)
    {
        if (!Enabled(app))
        {
            return;
        }

        app.MapOpenApi().AllowAnonymous();
        app.UseSwaggerUI(o =>
        {
            o.SwaggerEndpoint("/openapi/v1.json", "v1");
            o.RoutePrefix = "swagger";
        });
    }

    /// <summary>The problem responses every /api endpoint may give, on top of its own.</summary>
    public static RouteGroupBuilder WithStandardProblems(this RouteGroupBuilder group) =>
        group.ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
