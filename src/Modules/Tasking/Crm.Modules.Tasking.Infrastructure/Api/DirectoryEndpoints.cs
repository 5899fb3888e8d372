using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Staff.CreateDepartment;
using Crm.Modules.Tasking.Application.Staff.CreatePosition;
using Crm.Modules.Tasking.Application.Staff.GetMe;
using Crm.Modules.Tasking.Application.Staff.HireEmployee;
using Crm.Modules.Tasking.Application.Staff.ListDepartments;
using Crm.Modules.Tasking.Application.Staff.ListEmployees;
using Crm.Modules.Tasking.Application.Staff.ListPositions;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Application.TaskTypes.ChangeTaskType;
using Crm.Modules.Tasking.Application.TaskTypes.CreateTaskType;
using Crm.Modules.Tasking.Application.TaskTypes.ListTaskTypes;
using Crm.Modules.Tasking.Application.TaskTypes.SetAlerts;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Tasking.Infrastructure.Api;

/// <summary>/api/tasking task types, employees, positions and "me": the directories tasks refer to.</summary>
internal static class DirectoryEndpoints
{
    public sealed record ChangeTaskTypeRequest(string? Name, string? Icon, string? Colour, int? SortOrder);

    public sealed record TaskTypeAlertsRequest(bool? AlertOnOpen, EscalationTargetDto? EscalateTo);

    public static void MapTaskTypeEndpoints(this IEndpointRouteBuilder group)
    {
        var types = group.MapGroup("/task-types").WithTags("Task types");
        types.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListTaskTypesQuery(), ct)))
            .WithName("ListTaskTypes").WithSummary("The task-types directory, in list order");
        types.MapPost("/", async (CreateTaskTypeCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var type = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/tasking/task-types/{type.Id}", type);
            })
            .RequireAdministrator("add task types")
            .WithName("CreateTaskType").WithSummary("Add a task type with its results (main administrator only); 409 task-type.duplicate-name for a name in use");
        types.MapPut("/{id:guid}", async (Guid id, ChangeTaskTypeRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new ChangeTaskTypeCommand(id, body.Name, body.Icon, body.Colour, body.SortOrder), ct)))
            .RequireAdministrator("change task types")
            .WithName("ChangeTaskType")
            .WithSummary("Replace a type's name, icon, colour and place in lists (main administrator only; every field required); results and reminder stay")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        types.MapPut("/{id:guid}/alerts", async (Guid id, TaskTypeAlertsRequest body, IMediator mediator, CancellationToken ct) =>
                TypedResults.Ok(await mediator.Send(new SetTaskTypeAlertsCommand(id, body.AlertOnOpen, body.EscalateTo), ct)))
            .RequireAdministrator("change task types' alerts")
            .WithName("SetTaskTypeAlerts")
            .WithSummary("Alert addressees when a task of the type opens, and whom (an Employee or a Position, null: nobody) to tell when one times out unanswered (main administrator only; both fields replaced)")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapStaffEndpoints(this IEndpointRouteBuilder group)
    {
        group.MapGet("/me", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new GetMeQuery(), ct)))
            .WithTags("Staff").WithName("GetMe").WithSummary("The signed-in employee and the time zone times are shown in");

        var employees = group.MapGroup("/employees").WithTags("Staff");
        employees.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListEmployeesQuery(), ct)))
            .WithName("ListEmployees").WithSummary("All employees with their positions");
        employees.MapPost("/", async Task<Created<EmployeeDto>> (HireEmployeeCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var employee = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/tasking/employees/{employee.Id}", employee);
            })
            .RequireAdministrator("hire employees")
            .WithName("HireEmployee").WithSummary("Add an employee (main administrator only)");

        var positions = group.MapGroup("/positions").WithTags("Staff");
        positions.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListPositionsQuery(), ct)))
            .WithName("ListPositions").WithSummary("Positions tasks can be addressed to");
        positions.MapPost("/", async Task<Created<PositionDto>> (CreatePositionCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var position = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/tasking/positions/{position.Id}", position);
            })
            .RequireAdministrator("add positions")
            .WithName("CreatePosition").WithSummary("Add a position (main administrator only)");

        var departments = group.MapGroup("/departments").WithTags("Staff");
        departments.MapGet("/", async (IMediator mediator, CancellationToken ct) => TypedResults.Ok(await mediator.Send(new ListDepartmentsQuery(), ct)))
            .WithName("ListDepartments").WithSummary("Departments tasks and processes can be addressed to");
        departments.MapPost("/", async Task<Created<DepartmentDto>> (CreateDepartmentCommand command, IMediator mediator, CancellationToken ct) =>
            {
                var department = await mediator.Send(command, ct);
                return TypedResults.Created($"/api/tasking/departments/{department.Id}", department);
            })
            .RequireAdministrator("add departments")
            .WithName("CreateDepartment").WithSummary("Add a department (main administrator only)");
    }
}
