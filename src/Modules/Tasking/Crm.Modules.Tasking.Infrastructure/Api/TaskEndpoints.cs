using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Reminders;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.Tasks.CommentTask;
using Crm.Modules.Tasking.Application.Tasks.CompleteTask;
using Crm.Modules.Tasking.Application.Tasks.CreateTask;
using Crm.Modules.Tasking.Application.Tasks.DeleteTask;
using Crm.Modules.Tasking.Application.Tasks.EditTask;
using Crm.Modules.Tasking.Application.Tasks.GetBar;
using Crm.Modules.Tasking.Application.Tasks.GetInbox;
using Crm.Modules.Tasking.Application.Tasks.GetTask;
using Crm.Modules.Tasking.Application.Tasks.GetTaskHistory;
using Crm.Modules.Tasking.Application.Tasks.ListTasks;
using Crm.Modules.Tasking.Application.Tasks.PostponeTask;
using Crm.Modules.Tasking.Application.Tasks.StartWorking;
using Crm.Modules.Tasking.Application.Tasks.TakeTask;
using Crm.Modules.Tasking.Domain.Reminders;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Tasking.Infrastructure.Api;

/// <summary>/api/tasking/tasks: the task list, a task's card and everything people do with a task.</summary>
internal static class TaskEndpoints
{
    /// <summary>
    /// <paramref name="ReminderOffset"/> is signed, relative to the moment ("-00:15:00": 15 minutes before); without it
    /// the task type's default applies; <paramref name="NoReminder"/> switches reminding off.
    /// </summary>
    public sealed record PostponeRequest(DateTimeOffset? Until, TimeSpan? ReminderOffset = null, ReminderChannel? ReminderChannel = null, bool NoReminder = false);

    public sealed record CompleteRequest(string? Result, string? Comment, string? Reason, DateTimeOffset? Moment);

    public sealed record EditRequest(Guid? TypeId, string? Title, string? Description, DateTimeOffset? DueAt, Guid? AssigneeId);

    public sealed record CommentRequest(string? Text);

    public static void MapTaskEndpoints(this IEndpointRouteBuilder group)
    {
        var tasks = group.MapGroup("/tasks").WithTags("Tasks");

        group.MapGet("/inbox", async (IMediator mediator, CancellationToken ct, bool byPriority = false, string? cursor = null, int? limit = null, bool escalated = false) =>
                TypedResults.Ok(await mediator.Send(new GetInboxQuery(byPriority, cursor, limit) { Escalated = escalated }, ct)))
            .WithTags("Tasks").WithName("GetInbox")
            .WithSummary("Tasks of the processes I execute (not hidden from the inbox), newest first or by process priority; escalated=true: only the escalated ones");
        group.MapGet("/bar", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetBarQuery(), ct)))
            .WithTags("Tasks").WithName("GetBar")
            .WithSummary("My tasks in progress, tasks with no manager, my tasks with due times (overdue first), counts capped");
        tasks.MapGet("/", ListAsync).WithName("ListTasks")
            .WithSummary("List the tasks I may see, newest first; by default the open ones (New, InProgress, Postponed)");
        tasks.MapGet("/count", CountAsync).WithName("CountTasks")
            .WithSummary("How many tasks the same filters match, capped at 10,000 (\"10,000+\")");
        tasks.MapPost("/", CreateAsync).WithName("CreateTask")
            .WithSummary("Create a manual task for an employee or a position");
        tasks.MapGet("/{id:guid}", GetAsync).WithName("GetTask")
            .WithSummary("A task's card; the ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
        tasks.MapGet("/{id:guid}/history", HistoryAsync).WithName("GetTaskHistory")
            .WithSummary("Everything that happened to the task: what, who, when").ProducesProblem(StatusCodes.Status404NotFound);

        MapAction(tasks, "/{id:guid}/take", "TakeTask", "Take for myself",
            (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                SendAndShowAsync(new TakeTaskCommand(id, IfMatch.Version(http)), id, http, mediator, ct));
        MapAction(tasks, "/{id:guid}/start-working", "StartWorking", "Started working: taken and busy",
            (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
                SendAndShowAsync(new StartWorkingCommand(id, IfMatch.Version(http)), id, http, mediator, ct));
        MapAction(tasks, "/{id:guid}/postpone", "PostponeTask", "Postpone to a future moment, with an optional reminder before or after it",
            (Guid id, PostponeRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                SendAndShowAsync(new PostponeTaskCommand(id, IfMatch.Version(http), body.Until,
                    new ReminderRequest(body.ReminderOffset, body.ReminderChannel, body.NoReminder)), id, http, mediator, ct));
        MapAction(tasks, "/{id:guid}/complete", "CompleteTask", "Complete with a result of the task's type",
            (Guid id, CompleteRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                SendAndShowAsync(new CompleteTaskCommand(id, IfMatch.Version(http), body.Result, body.Comment, body.Reason, body.Moment), id, http, mediator, ct));
        MapAction(tasks, "/{id:guid}/comments", "CommentTask", "Leave a comment",
            (Guid id, CommentRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                SendAndShowAsync(new CommentTaskCommand(id, IfMatch.Version(http), body.Text), id, http, mediator, ct));
        tasks.MapPut("/{id:guid}", (Guid id, EditRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
                SendAndShowAsync(new EditTaskCommand(id, IfMatch.Version(http), body.TypeId, body.Title, body.Description, body.DueAt, body.AssigneeId), id, http, mediator, ct))
            .RequireAdministrator("edit tasks")
            .WithName("EditTask").WithSummary("Correct type, title, description, due time, assignee (main administrator only)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        tasks.MapDelete("/{id:guid}", async (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteTaskCommand(id, IfMatch.Version(http)), ct);
                return TypedResults.NoContent();
            })
            .RequireAdministrator("delete tasks")
            .WithName("DeleteTask").WithSummary("Delete a task (main administrator only)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal static void MapAction(RouteGroupBuilder tasks, string pattern, string name, string summary, Delegate handler) =>
        tasks.MapPost(pattern, handler).WithName(name).WithSummary(summary)
            .WithDescription("Send the card's ETag as If-Match to refuse the change if somebody else changed the task meanwhile.")
            .Produces<TaskDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Ok<KeysetPage<TaskSummaryDto>>> ListAsync([AsParameters] TaskListRequest request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(await request.ToQueryAsync(mediator, ct), ct));

    private static async Task<Ok<CappedCount>> CountAsync([AsParameters] TaskListRequest request, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new CountTasksQuery(await request.ToQueryAsync(mediator, ct)), ct));

    private static async Task<Created<TaskDto>> CreateAsync(CreateTaskCommand command, HttpContext http, IMediator mediator, CancellationToken ct) =>
        await ShowCreatedAsync(await mediator.Send(command, ct), http, mediator, ct);

    /// <summary>A new task's card, its ETag and its address: what every way of creating a task answers.</summary>
    internal static async Task<Created<TaskDto>> ShowCreatedAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var task = await mediator.Send(new GetTaskQuery(id), ct);
        IfMatch.SetETag(http, task.Version);
        return TypedResults.Created($"/api/tasking/tasks/{id}", task);
    }

    private static async Task<Ok<TaskDto>> GetAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var task = await mediator.Send(new GetTaskQuery(id), ct);
        IfMatch.SetETag(http, task.Version);
        return TypedResults.Ok(task);
    }

    private static async Task<Ok<IReadOnlyList<TaskHistoryEntryDto>>> HistoryAsync(Guid id, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(new GetTaskHistoryQuery(id), ct));

    /// <summary>Runs the action (committed by its unit of work), then answers with the task as it now is.</summary>
    internal static async Task<Ok<TaskDto>> SendAndShowAsync(IRequest<Unit> command, Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        return await GetAsync(id, http, mediator, ct);
    }
}
