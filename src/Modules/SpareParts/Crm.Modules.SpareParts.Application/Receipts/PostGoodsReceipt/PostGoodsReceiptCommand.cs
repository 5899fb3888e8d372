using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.Common;
using Crm.Modules.SpareParts.Application.Stock;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Receipts;
using Crm.Modules.SpareParts.Domain.Stock;
using Crm.Modules.SpareParts.Domain.Warehouses;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Receipts.PostGoodsReceipt;

/// <summary>What a posted receipt brought: the warehouse and the parts whose waiting reserves may now be filled.</summary>
public sealed record ReceivedGoods(WarehouseId WarehouseId, IReadOnlyList<PartId> PartIds);

/// <summary>
/// Posts a receipt: its goods go on stock (a movement per line). Only that, in this transaction: filling the waiting
/// reserves comes after, an order at a time (<see cref="ReceiptPosting"/>), so one order that cannot take its fill
/// does not undo the receipt or the other orders.
/// </summary>
public sealed record PostGoodsReceiptCommand(Guid Id, int? ExpectedVersion) : ICommand<ReceivedGoods>, IRetriedOnDuplicateKey, IRetriedOnConflict;

internal sealed class PostGoodsReceiptHandler(IRepository<GoodsReceipt> receipts, StockDesk stock, ICurrentEmployee employee, TimeProvider clock)
    : IRequestHandler<PostGoodsReceiptCommand, ReceivedGoods>
{
    public const string DocumentType = "goods-receipt";

    public async Task<ReceivedGoods> Handle(PostGoodsReceiptCommand command, CancellationToken cancellationToken)
    {
        var receipt = await receipts.ForUpdateAsync(command.Id, cancellationToken, command.ExpectedVersion);
        var now = clock.GetUtcNow().UtcDateTime;
        receipt.Post(employee.Id, now);
        var lines = receipt.Lines.OrderBy(l => l.Number).Select(l => new PartQuantity(l.PartId, l.Quantity)).ToList();
        await stock.ReceiveAsync(receipt.WarehouseId, lines, new StockActor(employee.Id, now, DocumentType, receipt.Id.Value), cancellationToken);
        return new ReceivedGoods(receipt.WarehouseId, lines.Select(l => l.PartId).Distinct().ToList());
    }
}
