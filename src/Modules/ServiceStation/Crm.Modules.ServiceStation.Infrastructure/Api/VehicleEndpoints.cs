using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.ServiceStation.Application.Vehicles;
using Crm.Modules.ServiceStation.Application.Vehicles.ChangeVehicle;
using Crm.Modules.ServiceStation.Application.Vehicles.ExpectedMileage;
using Crm.Modules.ServiceStation.Application.Vehicles.GetVehicle;
using Crm.Modules.ServiceStation.Application.Vehicles.ListVehicles;
using Crm.Modules.ServiceStation.Application.Vehicles.RecordMileage;
using Crm.Modules.ServiceStation.Application.Vehicles.RegisterVehicle;
using Crm.Modules.ServiceStation.Application.WorkOrders;
using Crm.Modules.ServiceStation.Application.WorkOrders.ListRecommendations;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.ServiceStation.Infrastructure.Api;

/// <summary>/api/service-station/vehicles: clients' cars, their mileage readings, expected mileage and recommendations.</summary>
internal static class VehicleEndpoints
{
    public sealed record VehicleRequest(string? Plate, string? Make, string? Model, int? Year, Guid? OwnerClientId);

    public sealed record MileageRequest(int? Km, DateTimeOffset? At, MileageSource? Source, bool OdometerReplaced = false);

    public static void MapVehicleEndpoints(this IEndpointRouteBuilder group)
    {
        var vehicles = group.MapGroup("/vehicles").WithTags("Vehicles");
        vehicles.MapGet("/", ListAsync).WithName("ListVehicles").WithSummary("Vehicles by VIN, of an owner or with a plate; keyset paging");
        vehicles.MapPost("/", RegisterAsync).WithName("RegisterVehicle").WithSummary("Register a client's car (VIN checked, unique)")
            .ProducesProblem(StatusCodes.Status409Conflict);
        vehicles.MapGet("/{id:guid}", GetAsync).WithName("GetVehicle").WithSummary("A vehicle's card with its readings; the ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        vehicles.MapPut("/{id:guid}", (Guid id, VehicleRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new ChangeVehicleCommand(id, IfMatch.Version(h), b.Plate, b.Make, b.Model, b.Year, b.OwnerClientId), id, h, m, ct))
            .WithName("ChangeVehicle").WithSummary("Correct the plate, make, model, year or owner (the VIN stays)").Card();
        vehicles.MapPost("/{id:guid}/mileage", (Guid id, MileageRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new RecordMileageCommand(id, IfMatch.Version(h), b.Km, b.At, b.Source, b.OdometerReplaced), id, h, m, ct))
            .WithName("RecordMileage").WithSummary("A mileage reading; lower than an earlier one only with odometerReplaced").Card();
        vehicles.MapGet("/{id:guid}/expected-mileage", async (Guid id, DateOnly? on, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ExpectedMileageQuery(id, on), ct)))
            .WithName("ExpectedMileage").WithSummary("The mileage predicted for the start of a day in your time zone (today by default)")
            .ProducesProblem(StatusCodes.Status404NotFound);
        vehicles.MapGet("/{id:guid}/recommendations", async (Guid id, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListRecommendationsQuery(id), ct)))
            .WithName("ListRecommendations").WithSummary("Works the client declined, recommended with a date")
            .Produces<IReadOnlyList<RecommendationDto>>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<KeysetPage<VehicleSummaryDto>>> ListAsync(
        IMediator mediator, CancellationToken ct, Guid? ownerClientId = null, string? plate = null, string? cursor = null, int? limit = null) =>
        TypedResults.Ok(await mediator.Send(new ListVehiclesQuery(ownerClientId, plate, cursor, limit), ct));

    private static Task<Created<VehicleDto>> RegisterAsync(RegisterVehicleCommand command, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.CreateAsync(command, "/api/service-station/vehicles", id => new GetVehicleQuery(id), http, mediator, ct);

    private static Task<Ok<VehicleDto>> GetAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.ShowAsync(new GetVehicleQuery(id), http, mediator, ct);

    private static Task<Ok<VehicleDto>> Run(IRequest<Unit> command, Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.ChangeAsync(command, new GetVehicleQuery(id), http, mediator, ct);
}
