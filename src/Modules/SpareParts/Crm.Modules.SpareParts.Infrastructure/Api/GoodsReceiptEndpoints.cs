using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.SpareParts.Application.Receipts.GetGoodsReceipt;
using Crm.Modules.SpareParts.Application.Receipts.PostGoodsReceipt;
using Crm.Modules.SpareParts.Application.Receipts.WriteGoodsReceipt;
using MediatR;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Modules.SpareParts.Infrastructure.Api;

/// <summary>/api/spare-parts/goods-receipts: written, then posted (goods on stock, waiting reserves filled).</summary>
internal static class GoodsReceiptEndpoints
{
    public const string Root = "/api/spare-parts/goods-receipts";

    public static void MapGoodsReceiptEndpoints(this IEndpointRouteBuilder group)
    {
        var receipts = group.MapGroup("/goods-receipts").WithTags("Goods receipts");
        receipts.MapPost("/", (WriteGoodsReceiptCommand command, HttpContext h, IMediator m, CancellationToken ct) =>
                CardEndpoint.CreateAsync(command, Root, id => new GetGoodsReceiptQuery(id), h, m, ct))
            .WithName("WriteGoodsReceipt").WithSummary("A goods receipt from a supplier, as a draft");
        receipts.MapGet("/{id:guid}", (Guid id, HttpContext h, IMediator m, CancellationToken ct) => CardEndpoint.ShowAsync(new GetGoodsReceiptQuery(id), h, m, ct))
            .WithName("GetGoodsReceipt").WithSummary("A goods receipt's card").ProducesProblem(StatusCodes.Status404NotFound);
        receipts.MapPost("/{id:guid}/post", async (Guid id, HttpContext h, ReceiptPosting posting, IMediator m, CancellationToken ct) =>
            {
                await posting.PostAsync(id, IfMatch.Version(h), ct);
                return await CardEndpoint.ShowAsync(new GetGoodsReceiptQuery(id), h, m, ct);
            })
            .WithName("PostGoodsReceipt").WithSummary("Posts the receipt: its goods on stock, then the waiting reserves filled, oldest supply deadline first").Card();
    }
}
