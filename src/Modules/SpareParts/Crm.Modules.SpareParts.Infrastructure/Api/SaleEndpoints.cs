using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.SpareParts.Application.Sales.GetSale;
using Crm.Modules.SpareParts.Application.Sales.ReturnSaleLine;
using Crm.Modules.SpareParts.Application.Sales.SellCustomerOrder;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SpareParts.Infrastructure.Api;

/// <summary>/api/spare-parts/sales: a customer order sold (its reserved goods leave stock); lines returned with a reason.</summary>
internal static class SaleEndpoints
{
    public const string Root = "/api/spare-parts/sales";

    public sealed record ReturnBody(Guid? LineId, decimal? Quantity, string? Reason);

    public static void MapSaleEndpoints(this IEndpointRouteBuilder group)
    {
        var sales = group.MapGroup("/sales").WithTags("Sales");
        sales.MapPost("/", async (SellCustomerOrderCommand command, HttpContext h, IMediator m, CancellationToken ct) =>
            {
                var id = await m.Send(command, ct);
                return TypedResults.Created($"{Root}/{id}", (await CardEndpoint.ShowAsync(new GetSaleQuery(id), h, m, ct)).Value);
            })
            .WithName("SellCustomerOrder").WithSummary("Sells a customer order whose every line is reserved").Card();
        sales.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetSaleQuery(id), h, m, ct))
            .WithName("GetSale").WithSummary("A sale's card, with what came back").ProducesProblem(StatusCodes.Status404NotFound);
        sales.MapPost("/{id:guid}/returns", async (Guid id, ReturnBody b, HttpContext h, IMediator m, CancellationToken ct) =>
            {
                await m.Send(new ReturnSaleLineCommand(id, b.LineId, b.Quantity, b.Reason, IfMatch.Version(h)), ct);
                return await CardEndpoint.ShowAsync(new GetSaleQuery(id), h, m, ct);
            })
            .WithName("ReturnSaleLine").WithSummary("A sold line (or part of it) back to stock, with the reason").Card();
    }
}
