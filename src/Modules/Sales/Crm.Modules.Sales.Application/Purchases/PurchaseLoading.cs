using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Purchases;

namespace Crm.Modules.Sales.Application.Purchases;

/// <summary>A purchase named by id, for the use cases that read or change one: 404 "Purchase" when unknown.</summary>
internal static class PurchaseLoading
{
    private const string What = "Purchase";

    public static Task<Purchase> GetAsync(this IReadRepository<Purchase> purchases, Guid id, CancellationToken cancellationToken) =>
        purchases.FirstOrNotFoundAsync(new PurchaseByIdSpec(new PurchaseId(id)), What, id, cancellationToken);

    public static Task<Purchase> ForUpdateAsync(this IRepository<Purchase> purchases, Guid id, CancellationToken cancellationToken) =>
        purchases.LoadForUpdateAsync(new PurchaseByIdSpec(new PurchaseId(id), forUpdate: true), What, id, cancellationToken);
}
