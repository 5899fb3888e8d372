using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Tasking.Application.RefusalReasons;
using Crm.Modules.Tasking.Application.RefusalReasons.ArchiveRefusalReason;
using Crm.Modules.Tasking.Application.RefusalReasons.CreateRefusalReason;
using Crm.Modules.Tasking.Application.RefusalReasons.ListRefusalReasons;
using Crm.Modules.Tasking.Application.RefusalReasons.RenameRefusalReason;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Tasking.Infrastructure.Api;

/// <summary>/api/tasking/refusal-reasons: the directory a refusal names its reason from.</summary>
internal static class RefusalReasonEndpoints
{
    public sealed record RenameRequest(string? Name);

    public static void MapRefusalReasonEndpoints(this IEndpointRouteBuilder group)
    {
        var reasons = group.MapGroup("/refusal-reasons").WithTags("Refusal reasons");
        reasons.MapGet("/", async (IMediator mediator, CancellationToken ct, bool includeArchived = false) =>
                TypedResults.Ok(await mediator.Send(new ListRefusalReasonsQuery(includeArchived), ct)))
            .WithName("ListRefusalReasons").WithSummary("The reasons a refusal may name, by name (archived ones with includeArchived=true)");
        reasons.MapPost("/", async Task<Created<RefusalReasonDto>> (CreateRefusalReasonCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var reason = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/tasking/refusal-reasons/{reason.Id}", reason);
            })
            .RequireAdministrator("add refusal reasons")
            .WithName("CreateRefusalReason").WithSummary("Add a reason (main administrator only)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        reasons.MapPut("/{id:guid}", async (Guid id, RenameRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new RenameRefusalReasonCommand(id, body.Name), ct)))
            .RequireAdministrator("rename refusal reasons")
            .WithName("RenameRefusalReason").WithSummary("Rename a reason (main administrator only); closed tasks keep the old name")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        reasons.MapPost("/{id:guid}/archive", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ArchiveRefusalReasonCommand(id), ct)))
            .RequireAdministrator("archive refusal reasons")
            .WithName("ArchiveRefusalReason").WithSummary("Stop offering a reason (main administrator only); \"Other\" stays")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
