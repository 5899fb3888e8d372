using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.ServiceStation.Application.Bays.CreateBay;
using Crm.Modules.ServiceStation.Application.Bays.ListBays;
using Crm.Modules.ServiceStation.Application.Common;
using Crm.Modules.ServiceStation.Application.Estimates;
using Crm.Modules.ServiceStation.Application.Estimates.ChangeEstimate;
using Crm.Modules.ServiceStation.Application.Estimates.GetEstimate;
using Crm.Modules.ServiceStation.Application.Estimates.OpenEstimate;
using Crm.Modules.ServiceStation.Application.Schedule.DaySchedule;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.ServiceStation.Infrastructure.Api;

/// <summary>/api/service-station/estimates, /bays and /schedule.</summary>
internal static class EstimateAndBayEndpoints
{
    public sealed record LinesRequest(IReadOnlyList<WorkInput>? Works, IReadOnlyList<PartInput>? Parts);

    public static void MapEstimateAndBayEndpoints(this IEndpointRouteBuilder group)
    {
        var estimates = group.MapGroup("/estimates").WithTags("Estimates");
        estimates.MapPost("/", OpenAsync).WithName("OpenEstimate").WithSummary("Works and parts priced for a client, a car, a contact");
        estimates.MapGet("/{id:guid}", GetAsync).WithName("GetEstimate").WithSummary("An estimate's card; the ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        estimates.MapPut("/{id:guid}", async (Guid id, LinesRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new ChangeEstimateCommand(id, IfMatch.Version(h), b.Works, b.Parts), ct);
                return await GetAsync(id, h, m, ct);
            })
            .WithName("ChangeEstimate").WithSummary("Replace the works and parts (until it is booked)").Card();

        var bays = group.MapGroup("/bays").WithTags("Bays");
        bays.MapGet("/", async (IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new ListBaysQuery(), ct)))
            .WithName("ListBays").WithSummary("The station's bays by name");
        bays.MapPost("/", async (CreateBayCommand command, IMediator m, CancellationToken ct) =>
            {
                var id = await m.Send(command, ct);
                return TypedResults.Created($"/api/service-station/bays/{id}", new BayDto(id, command.Name!.Trim()));
            })
            .WithName("CreateBay").WithSummary("A new bay; names are unique").ProducesProblem(StatusCodes.Status409Conflict);

        group.MapGet("/schedule", async (DateOnly? day, Guid? bayId, Guid? masterConsultantId, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new DayScheduleQuery(day, bayId, masterConsultantId), ct)))
            .WithTags("Schedule").WithName("DaySchedule")
            .WithSummary("A day's bookings (in your time zone; today by default) by bay and by master consultant");
    }

    private static Task<Created<EstimateDto>> OpenAsync(OpenEstimateCommand command, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.CreateAsync(command, "/api/service-station/estimates", id => new GetEstimateQuery(id), http, mediator, ct);

    private static Task<Ok<EstimateDto>> GetAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.ShowAsync(new GetEstimateQuery(id), http, mediator, ct);
}
