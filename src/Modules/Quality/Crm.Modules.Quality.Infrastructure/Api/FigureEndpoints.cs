using Crm.Modules.Quality.Application.Figures.GetEmployeeFigures;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Quality.Infrastructure.Api;

/// <summary>/api/quality/figures: a supervisor's figures per employee, shaped for charts.</summary>
internal static class FigureEndpoints
{
    public static void MapFigureEndpoints(this IEndpointRouteBuilder group) =>
        group.MapGet("/figures/complaints-and-violations", async (DateTimeOffset? from, DateTimeOffset? to, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new GetEmployeeFiguresQuery(from, to), ct)))
            .WithTags("Quality figures").WithName("GetComplaintAndViolationFigures")
            .WithSummary("Per employee: complaints and violations registered in [from, to) by state (a supervisor's)")
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
