using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Processes.Application.Actions.ListOfferedActions;
using Crm.Modules.Processes.Application.Instances;
using Crm.Modules.Processes.Application.Instances.CancelInstance;
using Crm.Modules.Processes.Application.Instances.GetInstance;
using Crm.Modules.Processes.Application.Instances.ListInstances;
using Crm.Modules.Processes.Application.Instances.RetryIncident;
using Crm.Modules.Processes.Application.Instances.StartInstance;
using Crm.Modules.Processes.Domain.Instances;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Processes.Infrastructure.Api;

/// <summary>/api/processes/instances: running processes, their traces, and what administrators do with them.</summary>
internal static class InstanceEndpoints
{
    public sealed record StartRequest(Guid DefinitionId, ObjectReference? Object);

    public sealed record CancelRequest(string? Reason);

    public static void MapInstanceEndpoints(this IEndpointRouteBuilder group)
    {
        var instances = group.MapGroup("/instances").WithTags("Process instances");

        instances.MapGet("/", async (IMediator mediator, CancellationToken ct, string? objectType = null, string? objectId = null, Guid? definitionId = null,
                InstanceState? state = null, bool? withIncident = null, int? skip = null, int? limit = null) =>
                TypedResults.Ok(await mediator.Send(new ListInstancesQuery(objectType, objectId, definitionId, state, withIncident, skip, limit), ct)))
            .WithName("ListProcessInstances").WithSummary("Instances by object, definition, state or incident, newest first");
        instances.MapGet("/{id:guid}", ShowAsync)
            .WithName("GetProcessInstance").WithSummary("An instance with its tokens, counters, incident and full trace").ProducesProblem(StatusCodes.Status404NotFound);
        instances.MapPost("/", async Task<Created<InstanceDto>> (StartRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var id = await mediator.Send(new StartInstanceCommand(body.DefinitionId, body.Object), ct);
                return TypedResults.Created($"/api/processes/instances/{id}", await mediator.Send(new GetInstanceQuery(id), ct));
            })
            .WithName("StartProcessInstance").WithSummary("Start an active process by hand on an object (main administrator or the process's executors)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        instances.MapPost("/{id:guid}/cancel", async (Guid id, CancelRequest? body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CancelInstanceCommand(id, body?.Reason), ct);
                return await ShowAsync(id, mediator, ct);
            })
            .RequireAdministrator("cancel process instances")
            .WithName("CancelProcessInstance").WithSummary("End the instance: its branches, timers and open tasks stop")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        instances.MapPost("/{id:guid}/retry", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new RetryIncidentCommand(id), ct);
                return await ShowAsync(id, mediator, ct);
            })
            .RequireAdministrator("retry incidents")
            .WithName("RetryProcessIncident").WithSummary("Run the step that failed again, with fresh attempts")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/actions", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListOfferedActionsQuery(), ct)))
            .WithTags("Process definitions").WithName("ListOfferedActions").WithSummary("Actions modules offer to processes");
    }

    private static async Task<Ok<InstanceDto>> ShowAsync(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetInstanceQuery(id), ct));
}
