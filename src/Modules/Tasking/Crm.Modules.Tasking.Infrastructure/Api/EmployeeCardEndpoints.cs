using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Staff.Absences.CancelAbsence;
using Crm.Modules.Tasking.Application.Staff.Absences.ListAbsences;
using Crm.Modules.Tasking.Application.Staff.Absences.MarkAbsent;
using Crm.Modules.Tasking.Application.Staff.ChangeMyTimeZone;
using Crm.Modules.Tasking.Application.Staff.DismissEmployee;
using Crm.Modules.Tasking.Application.Staff.EditEmployee;
using Crm.Modules.Tasking.Application.Staff.GetEmployee;
using Crm.Modules.Tasking.Application.Staff.GetMe;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Tasking.Infrastructure.Api;

/// <summary>/api/tasking/employees/{id}: an employee's card, editing it, absences and deputies; and my own time zone.</summary>
internal static class EmployeeCardEndpoints
{
    public sealed record EditEmployeeRequest(string? Name, string? TimeZone, IReadOnlyList<Guid>? PositionIds, Guid? DepartmentId);

    public sealed record MyTimeZoneRequest(string? TimeZone);

    public sealed record AbsenceRequest(DateTimeOffset? From, DateTimeOffset? Until, Guid? DeputyId);

    public static void MapEmployeeCardEndpoints(this IEndpointRouteBuilder group)
    {
        group.MapPut("/me", async (MyTimeZoneRequest body, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new ChangeMyTimeZoneCommand(body.TimeZone), ct);
                return TypedResults.Ok(await mediator.Send(new GetMeQuery(), ct));
            })
            .WithTags("Staff").WithName("ChangeMyTimeZone").WithSummary("Move to another time zone: times come back in it from now on")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        var employees = group.MapGroup("/employees/{id:guid}").WithTags("Staff");
        employees.MapGet("/", GetAsync).WithName("GetEmployee")
            .WithSummary("An employee's card: positions, department, absent now (until, deputy), absences planned; the ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        employees.MapPut("/", async (Guid id, EditEmployeeRequest body, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new EditEmployeeCommand(id, IfMatch.Version(http), body.Name, body.TimeZone, body.PositionIds, body.DepartmentId), ct);
                return await GetAsync(id, http, mediator, ct);
            })
            .RequireAdministrator("edit employees")
            .WithName("EditEmployee").WithSummary("Change name, time zone, positions, department (main administrator only)")
            .WithDescription("Send the card's ETag as If-Match to refuse the change if somebody else changed the employee meanwhile.")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        employees.MapPost("/dismiss", async (Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new DismissEmployeeCommand(id), ct);
                return await GetAsync(id, http, mediator, ct);
            })
            .RequireAdministrator("dismiss employees")
            .WithName("DismissEmployee").WithSummary("The employee leaves the station: their token is refused from the next request (main administrator only)")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        employees.MapGet("/absences", async (Guid id, IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListAbsencesQuery(id), ct)))
            .WithName("ListAbsences").WithSummary("The employee's absences in order of start, in my time zone");
        employees.MapPost("/absences", async Task<Created<AbsenceDto>> (Guid id, AbsenceRequest body, IMediator mediator, CancellationToken ct) =>
            {
                var absence = await mediator.Send(new MarkAbsentCommand(id, body.From, body.Until, body.DeputyId), ct);
                return TypedResults.Created($"/api/tasking/employees/{id}/absences/{absence.Id}", absence);
            })
            .WithName("MarkAbsent").WithSummary("Record an absence [from, until) with an optional deputy (the employee or the main administrator)")
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        employees.MapDelete("/absences/{absenceId:guid}", async (Guid id, Guid absenceId, IMediator mediator, CancellationToken ct) =>
            {
                await mediator.Send(new CancelAbsenceCommand(id, absenceId), ct);
                return TypedResults.NoContent();
            })
            .WithName("CancelAbsence").WithSummary("Cancel a planned absence, or end one under way now")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static async Task<Ok<EmployeeCardDto>> GetAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var card = await mediator.Send(new GetEmployeeQuery(id), ct);
        IfMatch.SetETag(http, card.Version);
        return TypedResults.Ok(card);
    }
}
