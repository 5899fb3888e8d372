using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.ServiceStation.Application.WorkOrders;
using Crm.Modules.ServiceStation.Application.WorkOrders.AddWorkOrderLines;
using Crm.Modules.ServiceStation.Application.WorkOrders.CloseWorkOrder;
using Crm.Modules.ServiceStation.Application.WorkOrders.GetWorkOrder;
using Crm.Modules.ServiceStation.Application.WorkOrders.OpenWorkOrder;
using Crm.Modules.ServiceStation.Application.WorkOrders.SetLineStatus;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.ServiceStation.Infrastructure.Api;

/// <summary>/api/service-station/work-orders: accepting the car, its works and parts, closing with declined works.</summary>
internal static class WorkOrderEndpoints
{
    public sealed record WorkStatusRequest(WorkStatus? Status);

    public sealed record PartStatusRequest(PartStatus? Status);

    public sealed record CloseRequest(IReadOnlyList<Guid>? Done, IReadOnlyList<DeclinedWorkInput>? Declined);

    public static void MapWorkOrderEndpoints(this IEndpointRouteBuilder group)
    {
        var orders = group.MapGroup("/work-orders").WithTags("Work orders");
        orders.MapPost("/", OpenAsync).WithName("OpenWorkOrder")
            .WithSummary("Accept the car: from its booking, or straight from a contact; the mileage at acceptance becomes a reading")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        orders.MapGet("/{id:guid}", GetAsync).WithName("GetWorkOrder").WithSummary("A work order's card; the ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapPost("/{id:guid}/lines", (Guid id, EstimateAndBayEndpoints.LinesRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new AddWorkOrderLinesCommand(id, IfMatch.Version(h), b.Works, b.Parts), id, h, m, ct))
            .WithName("AddWorkOrderLines").WithSummary("More works or parts found while the car is in").Card();
        orders.MapPost("/{id:guid}/works/{workId:guid}/status", (Guid id, Guid workId, WorkStatusRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new SetWorkStatusCommand(id, IfMatch.Version(h), workId, b.Status), id, h, m, ct))
            .WithName("SetWorkStatus").WithSummary("Planned, InProgress, Done or Declined").Card();
        orders.MapPost("/{id:guid}/parts/{partId:guid}/status", (Guid id, Guid partId, PartStatusRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new SetPartStatusCommand(id, IfMatch.Version(h), partId, b.Status), id, h, m, ct))
            .WithName("SetPartStatus").WithSummary("Needed, Reserved, Installed or Declined").Card();
        orders.MapPost("/{id:guid}/close", (Guid id, CloseRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new CloseWorkOrderCommand(id, IfMatch.Version(h), b.Done, b.Declined), id, h, m, ct))
            .WithName("CloseWorkOrder").WithSummary("The car leaves: works done, works declined (each with the date it is recommended by)").Card();
    }

    private static Task<Created<WorkOrderDto>> OpenAsync(OpenWorkOrderCommand command, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.CreateAsync(command, "/api/service-station/work-orders", id => new GetWorkOrderQuery(id), http, mediator, ct);

    private static Task<Ok<WorkOrderDto>> GetAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.ShowAsync(new GetWorkOrderQuery(id), http, mediator, ct);

    private static Task<Ok<WorkOrderDto>> Run(IRequest<Unit> command, Guid id, HttpContext http, IMediator mediator, CancellationToken ct) =>
        CardEndpoint.ChangeAsync(command, new GetWorkOrderQuery(id), http, mediator, ct);
}
