using Crm.BuildingBlocks.Infrastructure.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>/api/system/outbox: integration events that could not be delivered after every retry — visible, and retryable.</summary>
internal static class OutboxEndpoints
{
    public static void MapOutboxAdministration(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/system/outbox").WithTags("System")
            .RequireAuthorization(Authentication.EmployeePolicy)
            .RequireAdministrator("see and retry failed events")
            .WithStandardProblems();

        group.MapGet("/failed", async (OutboxAdministration outbox, CancellationToken ct) => TypedResults.Ok(await outbox.FailedAsync(ct)))
            .WithName("ListFailedEvents").WithSummary("Events kept after their last delivery try failed (main administrator only)");
        group.MapPost("/{module}/{id:guid}/retry", async Task<NoContent> (string module, Guid id, OutboxAdministration outbox, CancellationToken ct) =>
            {
                await outbox.RetryAsync(module, id, ct);
                return TypedResults.NoContent();
            })
            .WithName("RetryFailedEvent").WithSummary("Deliver a failed event again (main administrator only)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
