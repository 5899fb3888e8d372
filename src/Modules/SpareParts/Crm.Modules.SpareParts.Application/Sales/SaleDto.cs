using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.SpareParts.Domain.Sales;
using static Crm.BuildingBlocks.Application.Security.ReaderTimeZone;

namespace Crm.Modules.SpareParts.Application.Sales;

public sealed record SaleLineDto(Guid Id, int Number, Guid PartId, string Unit, decimal Quantity, decimal Price, decimal Returned);

public sealed record SaleReturnDto(Guid Id, Guid LineId, decimal Quantity, string Reason, Guid ById, DateTimeOffset At);

/// <summary>A sale's card, moments in the reader's zone; <see cref="Version"/> is its ETag.</summary>
public sealed record SaleDto(
    Guid Id, Guid WarehouseId, Guid? ClientId, Guid? CustomerOrderId, Guid SoldById, DateTimeOffset SoldAt, decimal Total,
    IReadOnlyList<SaleLineDto> Lines, IReadOnlyList<SaleReturnDto> Returns, int Version) : IVersionedCard;

internal static class SaleMapping
{
    public static SaleDto ToDto(this Sale s) =>
        new(s.Id.Value, s.WarehouseId.Value, s.ClientId, s.CustomerOrderId, s.SoldById, Show(s.SoldAtUtc), s.Total,
            s.Lines.OrderBy(l => l.Number).Select(l => new SaleLineDto(l.Id, l.Number, l.PartId.Value, l.Unit, l.Quantity, l.Price, l.Returned)).ToList(),
            s.Returns.OrderBy(r => r.AtUtc).Select(r => new SaleReturnDto(r.Id, r.LineId, r.Quantity, r.Reason, r.ByEmployeeId, Show(r.AtUtc))).ToList(), s.Version);
}
