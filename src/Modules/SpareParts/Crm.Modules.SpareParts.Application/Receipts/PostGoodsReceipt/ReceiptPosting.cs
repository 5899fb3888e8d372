using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.SpareParts.Application.CustomerOrders.FillReserves;
using MediatR;

namespace Crm.Modules.SpareParts.Application.Receipts.PostGoodsReceipt;

/// <summary>
/// Posting a receipt as the user asks for it: the goods on stock (one transaction), then the waiting reserves
/// filled by themselves (a transaction per order). Should the host stop in between, the goods are on stock and the
/// next receipt of the part (or <see cref="WaitingReserves"/> run again) fills what still waits.
/// </summary>
public sealed class ReceiptPosting(IMediator mediator, IUnitOfWorkLocator unitOfWorks, WaitingReserves waiting, ICurrentEmployee employee)
{
    public async Task PostAsync(Guid id, int? expectedVersion, CancellationToken ct)
    {
        var received = await mediator.Send(new PostGoodsReceiptCommand(id, expectedVersion), ct);
        unitOfWorks.For(typeof(PostGoodsReceiptCommand)).DiscardChanges();
        await waiting.FillAsync(received.WarehouseId, received.PartIds, employee.Id, ct);
    }
}
