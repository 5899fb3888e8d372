using Crm.Modules.SpareParts.Application.Stock.CountStock;
using Crm.Modules.SpareParts.Application.Stock.GetStock;
using Crm.Modules.SpareParts.Application.Stock.ListMovements;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SpareParts.Infrastructure.Api;

/// <summary>/api/spare-parts/stock: a part's stock per warehouse, its journal of movements, a stocktake's count.</summary>
internal static class StockEndpoints
{
    public static void MapStockEndpoints(this IEndpointRouteBuilder group)
    {
        var stock = group.MapGroup("/stock").WithTags("Stock");
        stock.MapGet("/{partId:guid}", async (Guid partId, IMediator m, CancellationToken ct) => TypedResults.Ok(await m.Send(new GetStockQuery(partId), ct)))
            .WithName("GetStock").WithSummary("A part's stock per warehouse: on hand, reserved, available").ProducesProblem(StatusCodes.Status404NotFound);
        stock.MapGet("/{partId:guid}/movements", async (Guid partId, Guid? warehouseId, string? cursor, int? limit, IMediator m, CancellationToken ct) =>
                TypedResults.Ok(await m.Send(new ListMovementsQuery(partId, warehouseId, cursor, limit), ct)))
            .WithName("ListStockMovements").WithSummary("A part's stock movements, newest first, a page at a time").ProducesProblem(StatusCodes.Status404NotFound);
        stock.MapPost("/counts", async (CountStockCommand command, IMediator m, CancellationToken ct) =>
            {
                await m.Send(command, ct);
                return TypedResults.Ok(await m.Send(new GetStockQuery(command.PartId!.Value), ct));
            })
            .WithName("CountStock").WithSummary("A stocktake: on hand becomes the count (an adjustment); never below what is reserved")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
