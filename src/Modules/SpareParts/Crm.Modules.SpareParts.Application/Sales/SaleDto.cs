using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.SpareParts.Domain.Sales;

namespace Crm.Modules.SpareParts.Application.Sales;

public sealed record SaleLineDto(Guid Id, int Number, Guid PartId, string Unit, decimal Quantity, decimal Price, decimal Returned);

public sealed record SaleReturnDto(Guid Id, Guid LineId, decimal Quantity, string Reason, Guid ById, DateTime At);

/// <summary>A sale's card; <see cref="Version"/> is its ETag.</summary>
public sealed record SaleDto(
    Guid Id, Guid WarehouseId, Guid? ClientId, Guid? CustomerOrderId, Guid SoldById, DateTime SoldAt, decimal Total,
    IReadOnlyList<SaleLineDto> Lines, IReadOnlyList<SaleReturnDto> Returns, int Version) : IVersionedCard;

internal static class SaleMapping
{
    public static SaleDto ToDto(this Sale s) =>
        new(s.Id.Value, s.WarehouseId.Value, s.ClientId, s.CustomerOrderId, s.SoldById, s.SoldAtUtc, s.Total,
            s.Lines.OrderBy(l => l.Number).Select(l => new SaleLineDto(l.Id, l.Number, l.PartId.Value, l.Unit, l.Quantity, l.Price, l.Returned)).ToList(),
            s.Returns.OrderBy(r => r.AtUtc).Select(r => new SaleReturnDto(r.Id, r.LineId, r.Quantity, r.Reason, r.ByEmployeeId, r.AtUtc)).ToList(), s.Version);
}
