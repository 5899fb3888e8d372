using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Tasking.Application.Tasks.Checklist;
using Crm.Modules.Tasking.Application.Tasks.CreateTask;
using Crm.Modules.Tasking.Application.Tasks.RedirectTask;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Tasking.Infrastructure.Api;

/// <summary>/api/tasking/tasks/{id}: redirecting a task and working its checklist. Each answers with the task's card.</summary>
internal static class TaskFollowUpEndpoints
{
    public sealed record RedirectRequest(AddresseeInput? Addressee, string? Comment, bool? CallClientBack, DateTimeOffset? DueAt);

    public sealed record ChecklistItemRequest(string? Text);

    public static void MapTaskFollowUpEndpoints(this IEndpointRouteBuilder group)
    {
        var tasks = group.MapGroup("/tasks").WithTags("Tasks");
        TaskEndpoints.MapAction(tasks, "/{id:guid}/redirect", "RedirectTask",
            "Redirect to an employee or a position (optionally to call the client back): this task closes, a follow-up opens for them",
            (Guid id, RedirectRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TaskEndpoints.SendAndShowAsync(
                    new RedirectTaskCommand(id, IfMatch.Version(http), body.Addressee, body.Comment, body.CallClientBack ?? false, body.DueAt), id, http, mediator, ct));
        TaskEndpoints.MapAction(tasks, "/{id:guid}/checklist", "AddChecklistItem", "Add an item to the checklist of a call or a question",
            (Guid id, ChecklistItemRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TaskEndpoints.SendAndShowAsync(new AddChecklistItemCommand(id, IfMatch.Version(http), body.Text), id, http, mediator, ct));
        TaskEndpoints.MapAction(tasks, "/{id:guid}/checklist/{itemId:guid}/tick", "TickChecklistItem", "Tick a checklist item off",
            (Guid id, Guid itemId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TaskEndpoints.SendAndShowAsync(new TickChecklistItemCommand(id, IfMatch.Version(http), itemId, Ticked: true), id, http, mediator, ct));
        TaskEndpoints.MapAction(tasks, "/{id:guid}/checklist/{itemId:guid}/untick", "UntickChecklistItem", "Clear a checklist item's tick",
            (Guid id, Guid itemId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TaskEndpoints.SendAndShowAsync(new TickChecklistItemCommand(id, IfMatch.Version(http), itemId, Ticked: false), id, http, mediator, ct));
        tasks.MapDelete("/{id:guid}/checklist/{itemId:guid}", (Guid id, Guid itemId, HttpContext http, IMediator mediator, CancellationToken ct) =>
                TaskEndpoints.SendAndShowAsync(new RemoveChecklistItemCommand(id, IfMatch.Version(http), itemId), id, http, mediator, ct))
            .WithName("RemoveChecklistItem").WithSummary("Remove a checklist item; answers with the task's card")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
