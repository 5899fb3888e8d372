using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Quality.Application.Violations;
using Crm.Modules.Quality.Application.Violations.CloseViolation;
using Crm.Modules.Quality.Application.Violations.ExplainViolation;
using Crm.Modules.Quality.Application.Violations.GetViolation;
using Crm.Modules.Quality.Application.Violations.ListViolations;
using Crm.Modules.Quality.Application.Violations.RegisterViolation;
using Crm.Modules.Quality.Domain.Violations;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Quality.Infrastructure.Api;

/// <summary>/api/quality/violations: violations of one employee, their explanation, a supervisor's closing.</summary>
internal static class ViolationEndpoints
{
    public const string Root = "/api/quality/violations";

    public sealed record ExplanationRequest(string? Explanation);

    public sealed record CloseViolationRequest(bool AcceptExplanation);

    public static void MapViolationEndpoints(this IEndpointRouteBuilder group)
    {
        var violations = group.MapGroup("/violations").WithTags("Violations");
        violations.MapPost("/", (RegisterViolationCommand command, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.CreateAsync(command, Root, id => new GetViolationQuery(id), h, m, ct))
            .WithName("RegisterViolation").WithSummary("A supervisor registers a violation of one employee (on the staff, not dismissed)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
        violations.MapGet("/", async (ViolationState? state, Guid? employeeId, string? cursor, int? limit, IMediator m, CancellationToken ct) =>
                TypedResults.Ok<KeysetPage<ViolationSummaryDto>>(await m.Send(new ListViolationsQuery(state, employeeId, cursor, limit), ct)))
            .WithName("ListViolations").WithSummary("The violations the reader may see (a supervisor: all; others: their own), newest first, by state and employee");
        violations.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetViolationQuery(id), h, m, ct))
            .WithName("GetViolation").WithSummary("A violation's card; the ETag is its version; another employee's is 403")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        violations.MapPut("/{id:guid}/explanation", (Guid id, ExplanationRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.ChangeAsync(new ExplainViolationCommand(id, IfMatch.Version(h), b.Explanation), new GetViolationQuery(id), h, m, ct))
            .WithName("ExplainViolation").WithSummary("The employee concerned writes the explanation (only they: anybody else, a supervisor too, 403)").Card()
            .ProducesProblem(StatusCodes.Status403Forbidden);
        violations.MapPost("/{id:guid}/close", (Guid id, CloseViolationRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.ChangeAsync(new CloseViolationCommand(id, IfMatch.Version(h), b.AcceptExplanation), new GetViolationQuery(id), h, m, ct))
            .WithName("CloseViolation").WithSummary("A supervisor accepts the explanation or lets the violation stand (closed)").Card()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
