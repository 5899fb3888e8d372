using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Domain.Receipts;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Receipts.GetGoodsReceipt;

/// <summary>A goods receipt's card.</summary>
public sealed record GetGoodsReceiptQuery(Guid Id) : IQuery<GoodsReceiptDto>;

internal sealed class GetGoodsReceiptHandler(IReadRepository<GoodsReceipt> receipts) : IRequestHandler<GetGoodsReceiptQuery, GoodsReceiptDto>
{
    public async Task<GoodsReceiptDto> Handle(GetGoodsReceiptQuery query, CancellationToken cancellationToken) =>
        (await receipts.GetAsync(query.Id, cancellationToken)).ToDto();
}
