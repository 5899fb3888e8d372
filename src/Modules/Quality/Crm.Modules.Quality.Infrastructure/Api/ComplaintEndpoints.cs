using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Quality.Application.Complaints;
using Crm.Modules.Quality.Application.Complaints.DecideComplaint;
using Crm.Modules.Quality.Application.Complaints.GetComplaint;
using Crm.Modules.Quality.Application.Complaints.ListComplaints;
using Crm.Modules.Quality.Application.Complaints.RegisterComplaint;
using Crm.Modules.Quality.Application.Complaints.StartReview;
using Crm.Modules.Quality.Application.Complaints.WriteOpinion;
using Crm.Modules.Quality.Domain.Complaints;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Quality.Infrastructure.Api;

/// <summary>/api/quality/complaints: clients' complaints about a work order or a sale, the employee's opinion, the supervisor's decision.</summary>
internal static class ComplaintEndpoints
{
    public const string Root = "/api/quality/complaints";

    public sealed record ComplaintRequest(Guid? ClientId, string? SubjectType, Guid? SubjectId, string? Gist, Guid? EmployeeId);

    public sealed record OpinionRequest(string? Opinion);

    public sealed record DecisionRequest(ComplaintDecision? Decision, string? Note, bool RegisterViolation, string? ViolationDescription);

    public static void MapComplaintEndpoints(this IEndpointRouteBuilder group)
    {
        var complaints = group.MapGroup("/complaints").WithTags("Complaints");
        complaints.MapPost("/", (ComplaintRequest b, ICurrentEmployee employee, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.CreateAsync(
                    new RegisterComplaintCommand(b.ClientId, b.SubjectType, b.SubjectId, b.Gist, b.EmployeeId, ComplaintOrigin.Manual, null, employee.Id),
                    Root, id => new GetComplaintQuery(id), h, m, ct))
            .WithName("RegisterComplaint").WithSummary("A client's complaint about a work order or a sale, concerning one employee (on the staff, not dismissed)");
        complaints.MapGet("/", async (ComplaintState? state, Guid? employeeId, string? cursor, int? limit, IMediator m, CancellationToken ct) =>
                TypedResults.Ok<KeysetPage<ComplaintSummaryDto>>(await m.Send(new ListComplaintsQuery(state, employeeId, cursor, limit), ct)))
            .WithName("ListComplaints").WithSummary("The complaints the reader may see (a supervisor: all; others: about them or registered by them), newest first, by state and employee");
        complaints.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetComplaintQuery(id), h, m, ct))
            .WithName("GetComplaint").WithSummary("A complaint's card; the ETag is its version; another employee's is 403")
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        complaints.MapPost("/{id:guid}/review", (Guid id, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.ChangeAsync(new StartComplaintReviewCommand(id, IfMatch.Version(h)), new GetComplaintQuery(id), h, m, ct))
            .WithName("StartComplaintReview").WithSummary("A supervisor takes the registered complaint under review").Card().ProducesProblem(StatusCodes.Status403Forbidden);
        complaints.MapPut("/{id:guid}/opinion", (Guid id, OpinionRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.ChangeAsync(new WriteComplaintOpinionCommand(id, IfMatch.Version(h), b.Opinion), new GetComplaintQuery(id), h, m, ct))
            .WithName("WriteComplaintOpinion").WithSummary("The employee concerned writes their opinion (only they; until the decision)").Card().ProducesProblem(StatusCodes.Status403Forbidden);
        complaints.MapPost("/{id:guid}/decision", (Guid id, DecisionRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.ChangeAsync(new DecideComplaintCommand(id, IfMatch.Version(h), b.Decision, b.Note, b.RegisterViolation, b.ViolationDescription), new GetComplaintQuery(id), h, m, ct))
            .WithName("DecideComplaint").WithSummary("A supervisor upholds (reviewed, maybe registering a violation) or rejects the complaint under review").Card()
            .ProducesProblem(StatusCodes.Status403Forbidden);
    }
}
