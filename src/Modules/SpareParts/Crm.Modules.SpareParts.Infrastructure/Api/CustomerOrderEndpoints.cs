using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.SpareParts.Application.CustomerOrders;
using Crm.Modules.SpareParts.Application.CustomerOrders.CancelCustomerOrder;
using Crm.Modules.SpareParts.Application.CustomerOrders.ChangeReserve;
using Crm.Modules.SpareParts.Application.CustomerOrders.DraftCustomerOrder;
using Crm.Modules.SpareParts.Application.CustomerOrders.GetCustomerOrder;
using Crm.Modules.SpareParts.Application.CustomerOrders.PostCustomerOrder;
using Crm.Modules.SpareParts.Application.CustomerOrders.SetSupplyDeadline;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SpareParts.Infrastructure.Api;

/// <summary>
/// /api/spare-parts/customer-orders: drafted, posted (reserves what is available), reserves set and released per
/// line, new supply deadlines, cancelled. Changes answer with the card; If-Match refuses a stale one (409).
/// </summary>
internal static class CustomerOrderEndpoints
{
    public const string Root = "/api/spare-parts/customer-orders";

    public sealed record ReserveBody(decimal? Quantity);

    public sealed record DeadlineBody(DateTimeOffset? SupplyDeadline);

    public static void MapCustomerOrderEndpoints(this IEndpointRouteBuilder group)
    {
        var orders = group.MapGroup("/customer-orders").WithTags("Customer orders");
        orders.MapPost("/", (DraftCustomerOrderCommand command, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.CreateAsync(command, Root, id => new GetCustomerOrderQuery(id), h, m, ct))
            .WithName("DraftCustomerOrder").WithSummary("A customer order, as a draft (nothing reserved yet)");
        orders.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetCustomerOrderQuery(id), h, m, ct))
            .WithName("GetCustomerOrder").WithSummary("A customer order's card").ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapPost("/{id:guid}/post", (Guid id, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new PostCustomerOrderCommand(id, IfMatch.Version(h)), id, h, m, ct))
            .WithName("PostCustomerOrder").WithSummary("Posts the order: reserves what is available, the rest awaits supply by its deadlines").Card();
        orders.MapPost("/{id:guid}/cancel", (Guid id, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new CancelCustomerOrderCommand(id, IfMatch.Version(h)), id, h, m, ct))
            .WithName("CancelCustomerOrder").WithSummary("Cancels the order; its reserves go back to stock").Card();
        orders.MapPost("/{id:guid}/lines/{lineId:guid}/reserve", (Guid id, Guid lineId, ReserveBody? b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new SetReserveCommand(id, lineId, b?.Quantity, IfMatch.Version(h)), id, h, m, ct))
            .WithName("SetReserve").WithSummary("Reserves stock for a line: the quantity, or all it misses that is available").Card();
        orders.MapPost("/{id:guid}/lines/{lineId:guid}/release", (Guid id, Guid lineId, DeadlineBody? b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new ReleaseReserveCommand(id, lineId, b?.SupplyDeadline, IfMatch.Version(h)), id, h, m, ct))
            .WithName("ReleaseReserve").WithSummary("Gives a line's reserve back to stock; the line awaits supply by its (new) deadline").Card();
        orders.MapPut("/{id:guid}/lines/{lineId:guid}/supply-deadline", (Guid id, Guid lineId, DeadlineBody b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new SetSupplyDeadlineCommand(id, lineId, b.SupplyDeadline, IfMatch.Version(h)), id, h, m, ct))
            .WithName("SetSupplyDeadline").WithSummary("A new supply deadline for a line's missing goods").Card();
    }

    /// <summary>The change (run again on a version conflict of the stock it touched: IRetriedOnConflict), then the card.</summary>
    private static async Task<Ok<CustomerOrderDto>> Run(ICommand<Unit> command, Guid id, HttpContext h, IMediator m, CancellationToken ct)
    {
        await m.Send(command, ct);
        return await CardEndpoint.ShowAsync(new GetCustomerOrderQuery(id), h, m, ct);
    }
}
