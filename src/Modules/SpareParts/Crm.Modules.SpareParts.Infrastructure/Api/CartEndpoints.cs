using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.SpareParts.Application.Carts;
using Crm.Modules.SpareParts.Application.Carts.AddCartToDocument;
using Crm.Modules.SpareParts.Application.Carts.ChangeCartLines;
using Crm.Modules.SpareParts.Application.Carts.DiscardCart;
using Crm.Modules.SpareParts.Application.Carts.GetCart;
using Crm.Modules.SpareParts.Application.Carts.ListCarts;
using Crm.Modules.SpareParts.Application.Carts.OpenCart;
using Crm.Modules.SpareParts.Application.Carts.SellCart;
using Crm.Modules.SpareParts.Application.Carts.TurnCartIntoOrder;
using Crm.Modules.SpareParts.Application.CustomerOrders.GetCustomerOrder;
using Crm.Modules.SpareParts.Application.Sales.GetSale;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SpareParts.Infrastructure.Api;

/// <summary>/api/spare-parts/carts: picking parts for a client, a task or a station document.</summary>
internal static class CartEndpoints
{
    public const string Root = "/api/spare-parts/carts";

    public sealed record CartLinesRequest(IReadOnlyList<CartLineInput>? Lines);

    public sealed record DiscardRequest(string? Reason);

    public sealed record CartOrderRequest(Guid? ClientId, Guid? WarehouseId, Guid? ManagerId, DateTimeOffset? SupplyDeadline);

    public sealed record CartSaleRequest(Guid? WarehouseId, Guid? ClientId);

    public sealed record DocumentRequest(string? DocumentKind, Guid? DocumentId);

    public static void MapCartEndpoints(this IEndpointRouteBuilder group)
    {
        var carts = group.MapGroup("/carts").WithTags("Carts");
        carts.MapPost("/", (OpenCartCommand command, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.CreateAsync(command, Root, id => new GetCartQuery(id), h, m, ct))
            .WithName("OpenCart").WithSummary("A cart opened from a task, a contact, a booking or a work order, maybe with parts already");
        carts.MapGet("/", async (string? sourceKind, Guid? sourceId, string? cursor, int? limit, IMediator m, CancellationToken ct) =>
                TypedResults.Ok<KeysetPage<CartSummaryDto>>(await m.Send(new ListCartsQuery(sourceKind, sourceId, cursor, limit), ct)))
            .WithName("ListCarts").WithSummary("The carts opened for one object (or from a task about it), newest first, a page at a time");
        carts.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetCartQuery(id), h, m, ct))
            .WithName("GetCart").WithSummary("A cart's card; the ETag is its version").ProducesProblem(StatusCodes.Status404NotFound);
        carts.MapPut("/{id:guid}/lines", (Guid id, CartLinesRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.ChangeAsync(new ChangeCartLinesCommand(id, IfMatch.Version(h), b.Lines), new GetCartQuery(id), h, m, ct))
            .WithName("ChangeCartLines").WithSummary("Save the cart: its lines become these; a closed cart refuses (422)").Card();
        carts.MapPost("/{id:guid}/discard", (Guid id, DiscardRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.ChangeAsync(new DiscardCartCommand(id, IfMatch.Version(h), b.Reason), new GetCartQuery(id), h, m, ct))
            .WithName("DiscardCart").WithSummary("The cart is not needed: it closes as discarded").Card();
        carts.MapPost("/{id:guid}/order", (Guid id, CartOrderRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.CreateAsync(new TurnCartIntoOrderCommand(id, IfMatch.Version(h), b.ClientId, b.WarehouseId, b.ManagerId, b.SupplyDeadline),
                    "/api/spare-parts/customer-orders", orderId => new GetCustomerOrderQuery(orderId), h, m, ct))
            .WithName("TurnCartIntoOrder").WithSummary("The cart's lines become a customer order (a draft to post); the cart closes as ordered and names it").Card();
        carts.MapPost("/{id:guid}/sale", async (Guid id, CartSaleRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
            {
                var saleId = await m.Send(new SellCartCommand(id, IfMatch.Version(h), b.WarehouseId, b.ClientId), ct);
                return TypedResults.Created($"{SaleEndpoints.Root}/{saleId}", (await CardEndpoint.ShowAsync(new GetSaleQuery(saleId), h, m, ct)).Value);
            })
            .WithName("SellCart")
            .WithSummary("Sell the cart's parts now from the warehouse's available stock; a line short of stock is a 422 naming it; the cart closes as sold and names the sale (again: 409)")
            .Card();
        carts.MapPost("/{id:guid}/add-to-document", (Guid id, DocumentRequest b, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.ChangeAsync(new AddCartToDocumentCommand(id, IfMatch.Version(h), b.DocumentKind, b.DocumentId), new GetCartQuery(id), h, m, ct))
            .WithName("AddCartToDocument")
            .WithSummary("Send the parts to the work order or booking (the cart's own unless named); the station's answer closes the cart or tells why not")
            .Card();
    }
}
