using Crm.BuildingBlocks.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>/health/live: the process answers. /health/ready: every module database answers and is fully migrated.</summary>
internal static class HealthEndpoints
{
    public sealed record HealthReport(string Status, IReadOnlyList<string> Problems);

    public static void MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => TypedResults.Ok(new HealthReport("Healthy", [])))
            .AllowAnonymousGuardedBy(PublicEndpoint.Guard.ReadsNothingPrivate).WithTags("Health").WithSummary("Liveness: the process answers");
        app.MapGet("/health/ready", async (DatabaseMigrator migrator, CancellationToken cancellationToken) =>
            {
                var problems = await migrator.ProblemsAsync(cancellationToken);
                return problems.Count == 0
                    ? Results.Ok(new HealthReport("Healthy", []))
                    : Results.Json(new HealthReport("Unhealthy", problems), statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .AllowAnonymousGuardedBy(PublicEndpoint.Guard.ReadsNothingPrivate).WithTags("Health").WithSummary("Readiness: databases reachable and migrated")
            .Produces<HealthReport>().Produces<HealthReport>(StatusCodes.Status503ServiceUnavailable);
    }
}
