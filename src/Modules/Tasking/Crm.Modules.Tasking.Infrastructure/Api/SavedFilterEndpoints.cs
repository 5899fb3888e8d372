using Crm.Modules.Tasking.Application.SavedFilters;
using Crm.Modules.Tasking.Application.SavedFilters.ChangeSavedFilter;
using Crm.Modules.Tasking.Application.SavedFilters.DeleteSavedFilter;
using Crm.Modules.Tasking.Application.SavedFilters.GetSavedFilter;
using Crm.Modules.Tasking.Application.SavedFilters.ListSavedFilters;
using Crm.Modules.Tasking.Application.SavedFilters.SaveFilter;
using Crm.Modules.Tasking.Application.Tasks.ListTasks;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Tasking.Infrastructure.Api;

/// <summary>/api/tasking/saved-filters: the task list's filters an employee keeps under a name, private to them.</summary>
internal static class SavedFilterEndpoints
{
    /// <summary>A change: the body of PUT, whose id comes from the route.</summary>
    public sealed record SavedFilterRequest(string? Name, TaskListCriteria? Filter);

    public static void MapSavedFilterEndpoints(this IEndpointRouteBuilder group)
    {
        var filters = group.MapGroup("/saved-filters").WithTags("Saved filters");
        filters.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListSavedFiltersQuery(), ct)))
            .WithName("ListSavedFilters").WithSummary("My saved filters, by name");
        filters.MapGet("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetSavedFilterQuery(id), ct)))
            .WithName("GetSavedFilter").WithSummary("One of my saved filters").ProducesProblem(StatusCodes.Status404NotFound);
        filters.MapPost("/", async Task<Created<SavedFilterDto>> (SaveFilterCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var saved = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/tasking/saved-filters/{saved.Id}", saved);
            })
            .WithName("SaveFilter").WithSummary("Keep the list's parameters under a name; apply with GET /tasks?savedFilterId=")
            .ProducesProblem(StatusCodes.Status409Conflict);
        filters.MapPut("/{id:guid}", async (Guid id, SavedFilterRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeSavedFilterCommand(id, body.Name, body.Filter), ct)))
            .WithName("ChangeSavedFilter").WithSummary("Rename a saved filter and replace its parameters")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        filters.MapDelete("/{id:guid}", async (Guid id, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DeleteSavedFilterCommand(id), ct);
                return TypedResults.NoContent();
            })
            .WithName("DeleteSavedFilter").WithSummary("Forget a saved filter").ProducesProblem(StatusCodes.Status404NotFound);
    }
}
