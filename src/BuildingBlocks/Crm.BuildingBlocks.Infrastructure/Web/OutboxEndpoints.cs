using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.BuildingBlocks.Infrastructure.Web;

/// <summary>/api/system/outbox: integration events that could not be delivered after every retry — visible, and retryable.</summary>
internal static class OutboxEndpoints
{
    public static void MapOutboxAdministration(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/system/outbox").WithTags("System")
            .RequireAuthorization(Authentication.EmployeePolicy)
            .AddEndpointFilter(async (context, next) =>
            {
                await RequireAdministratorAsync(context.HttpContext);
                return await next(context);
            })
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

    private static async Task RequireAdministratorAsync(HttpContext http)
    {
        var services = http.RequestServices;
        var me = services.GetRequiredService<ICurrentEmployee>().Id;
        var employee = await services.GetRequiredService<IEmployeeDirectory>().FindAsync(me, http.RequestAborted);
        if (employee is not { IsAdministrator: true })
        {
            throw new ForbiddenException("Only the main administrator may see and retry failed events.");
        }
    }
}
