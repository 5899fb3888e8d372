using Crm.Modules.Sales.Domain.Purchases;
using static Crm.Modules.Sales.Application.Common.SalesInput;

namespace Crm.Modules.Sales.Application.Purchases;

public sealed record PurchaseDto(
    Guid Id, Guid ClientId, Guid OrderId, string Offer, decimal Price, int Quantity, DateTimeOffset StartsAt, DateTimeOffset? EndsAt,
    PurchaseStatus Status, bool GivesAccess, Guid? ResponsibleEmployeeId, RenewalStatus RenewalStatus, string? RenewalComment,
    Guid? RenewalOrderId, int Version);

public static class PurchaseMapping
{
    public static PurchaseDto ToDto(this Purchase p, DateTime nowUtc) => new(
        p.Id.Value, p.ClientId.Value, p.OrderId.Value, p.Offer, p.Price, p.Quantity, Show(p.StartsAtUtc), Show(p.EndsAtUtc), p.Status,
        p.GivesAccessAt(nowUtc), p.ResponsibleEmployeeId, p.RenewalStatus, p.RenewalComment, p.RenewalOrderId?.Value, p.Version);
}
