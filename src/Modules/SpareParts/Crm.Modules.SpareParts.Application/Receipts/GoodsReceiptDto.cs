using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.SpareParts.Domain.Receipts;
using static Crm.BuildingBlocks.Application.Security.ReaderTimeZone;

namespace Crm.Modules.SpareParts.Application.Receipts;

public sealed record GoodsReceiptLineDto(Guid Id, int Number, Guid PartId, decimal Quantity);

/// <summary>A goods receipt's card, moments in the reader's zone; <see cref="Version"/> is its ETag.</summary>
public sealed record GoodsReceiptDto(
    Guid Id, string Supplier, Guid WarehouseId, GoodsReceiptStatus Status, DateTimeOffset CreatedAt, DateTimeOffset? PostedAt, Guid? PostedById,
    IReadOnlyList<GoodsReceiptLineDto> Lines, int Version) : IVersionedCard;

internal static class GoodsReceiptMapping
{
    public static GoodsReceiptDto ToDto(this GoodsReceipt r) =>
        new(r.Id.Value, r.Supplier, r.WarehouseId.Value, r.Status, Show(r.CreatedAtUtc), Show(r.PostedAtUtc), r.PostedById,
            r.Lines.OrderBy(l => l.Number).Select(l => new GoodsReceiptLineDto(l.Id, l.Number, l.PartId.Value, l.Quantity)).ToList(), r.Version);
}
