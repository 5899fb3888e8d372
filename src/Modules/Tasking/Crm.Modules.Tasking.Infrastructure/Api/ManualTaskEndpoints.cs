using Crm.Modules.Tasking.Application.Subjects.GetSubject;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.Tasks.CreateArbitraryTask;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Tasking.Infrastructure.Api;

/// <summary>Tasks made by hand beyond the plain create: arbitrary tasks to any employee, and the objects tasks are about.</summary>
internal static class ManualTaskEndpoints
{
    public static void MapManualTaskEndpoints(this IEndpointRouteBuilder group)
    {
        group.MapPost("/tasks/arbitrary", CreateArbitraryAsync).WithTags("Tasks").WithName("CreateArbitraryTask")
            .WithSummary("An arbitrary task to any employee (e.g. shift handover): due now unless given; closes with a result text");
        group.MapGet("/subjects/{type}/{id}", async (string type, string id, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new GetSubjectQuery(type, id), ct)))
            .WithTags("Tasks").WithName("GetTaskSubject")
            .WithSummary("An object tasks may be about (client, order), as Tasking knows it: name and owner").ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<TaskDto>> CreateArbitraryAsync(CreateArbitraryTaskCommand command, HttpContext http, IMediator mediator, CancellationToken ct) =>
        await TaskEndpoints.ShowCreatedAsync(await mediator.Send(command, ct), http, mediator, ct);
}
