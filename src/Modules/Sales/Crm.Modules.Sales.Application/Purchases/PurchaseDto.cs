using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Purchases;
using MediatR;
using static Crm.Modules.Sales.Application.Common.SalesInput;

namespace Crm.Modules.Sales.Application.Purchases;

public sealed record PurchaseDto(
    Guid Id, Guid ClientId, Guid OrderId, string Offer, decimal Price, int Quantity, DateTimeOffset StartsAt, DateTimeOffset? EndsAt,
    PurchaseStatus Status, bool GivesAccess, Guid? ResponsibleEmployeeId, RenewalStatus RenewalStatus, string? RenewalComment,
    Guid? RenewalOrderId, int Version);

public sealed record GetPurchaseQuery(Guid Id) : IQuery<PurchaseDto>;

public sealed class PurchasesOfClientSpec : Specification<Purchase>
{
    public PurchasesOfClientSpec(ClientId clientId) => Query.Where(p => p.ClientId == clientId).OrderByDescending(p => p.StartsAtUtc);
}

internal sealed class GetPurchaseHandler(IReadRepository<Purchase> purchases, TimeProvider clock) : IRequestHandler<GetPurchaseQuery, PurchaseDto>
{
    public async Task<PurchaseDto> Handle(GetPurchaseQuery query, CancellationToken cancellationToken) =>
        (await purchases.FirstOrDefaultAsync(new PurchaseByIdSpec(new PurchaseId(query.Id)), cancellationToken))?.ToDto(clock.GetUtcNow().UtcDateTime)
        ?? throw new NotFoundException("Purchase", query.Id);
}

public static class PurchaseMapping
{
    public static PurchaseDto ToDto(this Purchase p, DateTime nowUtc) => new(
        p.Id.Value, p.ClientId.Value, p.OrderId.Value, p.Offer, p.Price, p.Quantity, Show(p.StartsAtUtc), Show(p.EndsAtUtc), p.Status,
        p.GivesAccessAt(nowUtc), p.ResponsibleEmployeeId, p.RenewalStatus, p.RenewalComment, p.RenewalOrderId?.Value, p.Version);
}
