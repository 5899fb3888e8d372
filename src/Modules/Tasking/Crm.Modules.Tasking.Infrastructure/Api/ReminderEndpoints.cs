using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Tasking.Application.Reminders.ChangeNotificationSettings;
using Crm.Modules.Tasking.Application.Reminders.DismissNotice;
using Crm.Modules.Tasking.Application.Reminders.GetInformer;
using Crm.Modules.Tasking.Application.Reminders.ListTaskReminders;
using Crm.Modules.Tasking.Application.Reminders.NotificationSettingsOfEmployee;
using Crm.Modules.Tasking.Application.TaskTypes.SetDefaultReminder;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Tasking.Infrastructure.Api;

/// <summary>/api/tasking: notification settings, the informer, task reminders and task types' default reminders.</summary>
internal static class ReminderEndpoints
{
    public sealed record DefaultReminderRequest(TimeSpan? Offset);

    public static void MapReminderEndpoints(this IEndpointRouteBuilder group)
    {
        group.MapGet("/me/notification-settings", async (IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetNotificationSettingsQuery(), ct)))
            .WithTags("Reminders").WithName("GetMyNotificationSettings").WithSummary("How reminders reach me: channel and contacts");
        group.MapPut("/me/notification-settings", async (ChangeNotificationSettingsCommand command, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(command, ct)))
            .WithTags("Reminders").WithName("ChangeMyNotificationSettings")
            .WithSummary("Choose Informer (default), Email, Sms or Telegram, with the contact that channel needs")
            .ProducesValidationProblem();
        group.MapGet("/employees/{id:guid}/notification-settings", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetNotificationSettingsQuery(id), ct)))
            .WithTags("Reminders").WithName("GetNotificationSettings").WithSummary("An employee's notification settings (one's own, or anybody's for the main administrator)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/task-types/{id:guid}/default-reminder", async (Guid id, DefaultReminderRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetDefaultReminderCommand(id, body.Offset), ct)))
            .WithTags("Task types").RequireAdministrator("set default reminders").WithName("SetDefaultReminder")
            .WithSummary("A type's default reminder: a signed offset from the postponed moment (\"-00:15:00\" = 15 min before), null for none (main administrator only)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/informer", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetInformerQuery(), ct)))
            .WithTags("Reminders").WithName("GetInformer").WithSummary("My informer notices shown now, newest first; times in my zone");
        group.MapPost("/informer/{noticeId:guid}/dismiss", async (Guid noticeId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DismissNoticeCommand(noticeId), ct);
                return TypedResults.NoContent();
            })
            .WithTags("Reminders").WithName("DismissNotice").WithSummary("Close one of my informer notices").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/tasks/{id:guid}/reminders", async (Guid id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ListTaskRemindersQuery(id), ct)))
            .WithTags("Tasks").WithName("ListTaskReminders").WithSummary("A task's reminders with their delivery state (pending, sent, cancelled, failed)")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
