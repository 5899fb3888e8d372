using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Purchases;
using MediatR;

namespace Crm.Modules.Sales.Application.Purchases.GetPurchase;

public sealed record GetPurchaseQuery(Guid Id) : IQuery<PurchaseDto>;

internal sealed class GetPurchaseHandler(IReadRepository<Purchase> purchases, TimeProvider clock) : IRequestHandler<GetPurchaseQuery, PurchaseDto>
{
    public async Task<PurchaseDto> Handle(GetPurchaseQuery query, CancellationToken cancellationToken) =>
        (await purchases.GetAsync(query.Id, cancellationToken)).ToDto(clock.GetUtcNow().UtcDateTime);
}
