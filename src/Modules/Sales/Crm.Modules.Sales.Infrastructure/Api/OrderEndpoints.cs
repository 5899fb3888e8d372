using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Application.Orders.AddPayment;
using Crm.Modules.Sales.Application.Orders.AssignOrderManager;
using Crm.Modules.Sales.Application.Orders.ChangeAccessEnd;
using Crm.Modules.Sales.Application.Orders.ChangeOrderStatus;
using Crm.Modules.Sales.Application.Orders.ChangePosition;
using Crm.Modules.Sales.Application.Orders.CommentOrder;
using Crm.Modules.Sales.Application.Orders.DeletePayment;
using Crm.Modules.Sales.Application.Orders.GetOrder;
using Crm.Modules.Sales.Application.Orders.ListOrders;
using Crm.Modules.Sales.Application.Orders.OrderBoard;
using Crm.Modules.Sales.Application.Orders.PlaceOrder;
using Crm.Modules.Sales.Application.Orders.RecalculatePayments;
using Crm.Modules.Sales.Application.Orders.SendPaymentLink;
using Crm.Modules.Sales.Application.Orders.TagOrder;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Sales.Domain.Orders;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.Sales.Infrastructure.Api;

/// <summary>/api/sales/orders: the list, the board, an order's card and everything a manager does with an order (seed 000).</summary>
internal static class OrderEndpoints
{
    public sealed record StatusRequest(OrderStatus? Status, string? Reason);

    public sealed record ManagerRequest(Guid? ManagerId, bool Remove = false);

    public sealed record PaymentRequest(decimal? Amount, PaymentMethod? Method);

    public sealed record PositionRequest(decimal? Price, int? Quantity);

    public sealed record AccessEndRequest(DateTimeOffset? EndsAt);

    public sealed record PaymentLinkRequest(decimal? Amount, MessageChannel? Channel);

    public sealed record ReasonRequest(string? Reason);

    public static void MapOrderEndpoints(this IEndpointRouteBuilder group)
    {
        var orders = group.MapGroup("/orders").WithTags("Orders");
        orders.MapGet("/", ListAsync).WithName("ListOrders").WithSummary("Orders, newest first, without duplicates unless status=False; keyset paging");
        orders.MapGet("/board", BoardAsync).WithName("OrderBoard").WithSummary("Orders grouped by status, with counts (duplicates left out)");
        orders.MapPost("/", PlaceAsync).WithName("PlaceOrder").WithSummary("Create an order for a client given by id, e-mail or name");
        orders.MapGet("/{id:guid}", GetAsync).WithName("GetOrder").WithSummary("An order's card; the ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);

        Action(orders, "/{id:guid}/status", "ChangeOrderStatus", "Set the status (Cancelled needs a reason; Paid/PartiallyPaid follow payments)",
            (Guid id, StatusRequest b, HttpContext h, IMediator m, CancellationToken ct) => Run(new ChangeOrderStatusCommand(id, IfMatch.Version(h), b.Status, b.Reason), id, h, m, ct));
        Action(orders, "/{id:guid}/cancel", "CancelOrder", "Cancel with a reason",
            (Guid id, ReasonRequest b, HttpContext h, IMediator m, CancellationToken ct) => Run(new ChangeOrderStatusCommand(id, IfMatch.Version(h), OrderStatus.Cancelled, b.Reason), id, h, m, ct));
        Action(orders, "/{id:guid}/mark-duplicate", "MarkOrderDuplicate", "Mark as a duplicate (status False): hidden from lists",
            (Guid id, HttpContext h, IMediator m, CancellationToken ct) => Run(new ChangeOrderStatusCommand(id, IfMatch.Version(h), OrderStatus.False, null), id, h, m, ct));
        Action(orders, "/{id:guid}/manager", "AssignOrderManager", "Change the manager; no managerId: take the order yourself",
            (Guid id, ManagerRequest b, HttpContext h, IMediator m, CancellationToken ct) => Run(new AssignOrderManagerCommand(id, IfMatch.Version(h), b.ManagerId, b.Remove), id, h, m, ct));
        Action(orders, "/{id:guid}/comments", "CommentOrder", "A comment in the order's history",
            (Guid id, ClientEndpoints.TextRequest b, HttpContext h, IMediator m, CancellationToken ct) => Run(new CommentOrderCommand(id, IfMatch.Version(h), b.Text), id, h, m, ct));
        Action(orders, "/{id:guid}/tags", "TagOrder", "Add tags and/or remove one",
            (Guid id, ClientEndpoints.TagsRequest b, HttpContext h, IMediator m, CancellationToken ct) => Run(new TagOrderCommand(id, IfMatch.Version(h), b.Add, b.Remove), id, h, m, ct));
        Action(orders, "/{id:guid}/access-end", "ChangeAccessEnd", "Move the end of the access the order buys (null: none)",
            (Guid id, AccessEndRequest b, HttpContext h, IMediator m, CancellationToken ct) => Run(new ChangeAccessEndCommand(id, IfMatch.Version(h), b.EndsAt), id, h, m, ct));
        Action(orders, "/{id:guid}/positions/{positionId:guid}", "ChangePosition", "Change a position's price and quantity",
            (Guid id, Guid positionId, PositionRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new ChangePositionCommand(id, IfMatch.Version(h), positionId, b.Price, b.Quantity), id, h, m, ct));
        Action(orders, "/{id:guid}/payments", "AddPayment", "Add a payment (Card, Transfer, Cash)",
            (Guid id, PaymentRequest b, HttpContext h, IMediator m, CancellationToken ct) => Run(new AddPaymentCommand(id, IfMatch.Version(h), b.Amount, b.Method), id, h, m, ct));
        Action(orders, "/{id:guid}/recalculate-payments", "RecalculatePayments", "Derive the paid amount and status from the payments again",
            (Guid id, HttpContext h, IMediator m, CancellationToken ct) => Run(new RecalculatePaymentsCommand(id, IfMatch.Version(h)), id, h, m, ct));
        orders.MapDelete("/{id:guid}/payments/{paymentId:guid}", (Guid id, Guid paymentId, HttpContext h, IMediator m, CancellationToken ct) =>
                Run(new DeletePaymentCommand(id, IfMatch.Version(h), paymentId), id, h, m, ct))
            .WithName("DeletePayment").WithSummary("Delete a payment").Produces<OrderDto>().ProducesProblem(StatusCodes.Status404NotFound);
        orders.MapPost("/{id:guid}/payment-links", async (Guid id, PaymentLinkRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new SendPaymentLinkCommand(id, IfMatch.Version(h), b.Amount, b.Channel), ct)))
            .WithName("SendPaymentLink").WithSummary("A signed, expiring link for the amount due or a part; with a channel it is also sent to the client")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static void Action(RouteGroupBuilder orders, string pattern, string name, string summary, Delegate handler) =>
        orders.MapPost(pattern, handler).WithName(name).WithSummary(summary)
            .WithDescription("Send the card's ETag as If-Match to refuse the change if somebody else changed the order meanwhile.")
            .Produces<OrderDto>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static OrderFilter Filter(OrderStatus[]? status, Guid? managerId, string? tag, Guid? clientId, DateTimeOffset? from, DateTimeOffset? to) =>
        new(status, managerId, tag, clientId, from?.UtcDateTime, to?.UtcDateTime);

    private static async Task<Ok<KeysetPage<OrderSummaryDto>>> ListAsync(
        IMediator mediator, CancellationToken ct, OrderStatus[]? status = null, Guid? managerId = null, string? tag = null, Guid? clientId = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, string? cursor = null, int? limit = null) =>
        TypedResults.Ok(await mediator.Send(new ListOrdersQuery(Filter(status, managerId, tag, clientId, from, to), cursor, limit), ct));

    private static async Task<Ok<IReadOnlyList<OrderBoardColumnDto>>> BoardAsync(
        IMediator mediator, CancellationToken ct, OrderStatus[]? status = null, Guid? managerId = null, string? tag = null, Guid? clientId = null,
        DateTimeOffset? from = null, DateTimeOffset? to = null, int? perStatus = null) =>
        TypedResults.Ok(await mediator.Send(new OrderBoardQuery(Filter(status, managerId, tag, clientId, from, to), perStatus), ct));

    private static async Task<Created<OrderDto>> PlaceAsync(PlaceOrderCommand command, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var id = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/sales/orders/{id}", (await GetAsync(id, http, mediator, ct)).Value);
    }

    internal static async Task<Ok<OrderDto>> GetAsync(Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        var order = await mediator.Send(new GetOrderQuery(id), ct);
        IfMatch.SetETag(http, order.Version);
        return TypedResults.Ok(order);
    }

    /// <summary>Runs the action (committed by its unit of work), then answers with the order as it now is.</summary>
    private static async Task<Ok<OrderDto>> Run(IRequest<Unit> command, Guid id, HttpContext http, IMediator mediator, CancellationToken ct)
    {
        await mediator.Send(command, ct);
        return await GetAsync(id, http, mediator, ct);
    }
}
