using Ardalis.Specification;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Purchases;

namespace Crm.Modules.Sales.Application.Purchases;

public sealed class PurchaseByIdSpec : Specification<Purchase>
{
    public PurchaseByIdSpec(PurchaseId id, bool forUpdate = false)
    {
        Query.Where(p => p.Id == id);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

public sealed class PurchasesOfClientSpec : Specification<Purchase>
{
    public PurchasesOfClientSpec(ClientId clientId) => Query.Where(p => p.ClientId == clientId).OrderByDescending(p => p.StartsAtUtc);
}
