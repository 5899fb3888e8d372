using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.SpareParts.Domain.Receipts;

namespace Crm.Modules.SpareParts.Application.Receipts;

public sealed record GoodsReceiptLineDto(Guid Id, int Number, Guid PartId, decimal Quantity);

/// <summary>A goods receipt's card; <see cref="Version"/> is its ETag.</summary>
public sealed record GoodsReceiptDto(
    Guid Id, string Supplier, Guid WarehouseId, GoodsReceiptStatus Status, DateTime CreatedAt, DateTime? PostedAt, Guid? PostedById,
    IReadOnlyList<GoodsReceiptLineDto> Lines, int Version) : IVersionedCard;

internal static class GoodsReceiptMapping
{
    public static GoodsReceiptDto ToDto(this GoodsReceipt r) =>
        new(r.Id.Value, r.Supplier, r.WarehouseId.Value, r.Status, r.CreatedAtUtc, r.PostedAtUtc, r.PostedById,
            r.Lines.OrderBy(l => l.Number).Select(l => new GoodsReceiptLineDto(l.Id, l.Number, l.PartId.Value, l.Quantity)).ToList(), r.Version);
}
