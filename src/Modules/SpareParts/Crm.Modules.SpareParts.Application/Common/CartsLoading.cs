using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.Carts;

namespace Crm.Modules.SpareParts.Application.Common;

/// <summary>A cart named by the route's id: 404 when there is none; for a change, at the card's version (If-Match).</summary>
internal static class CartsLoading
{
    public static Task<Cart> GetAsync(this IReadRepository<Cart> carts, Guid id, CancellationToken ct) =>
        carts.FirstOrNotFoundAsync(new CartByIdSpec(new CartId(id)), "Cart", id, ct);

    public static Task<Cart> ForUpdateAsync(this IRepository<Cart> carts, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        carts.LoadForUpdateAsync(new CartByIdSpec(new CartId(id), forUpdate: true), "Cart", id, ct, expectedVersion);
}

public sealed class CartByIdSpec : Specification<Cart>
{
    public CartByIdSpec(CartId id, bool forUpdate = false) => Query.Where(c => c.Id == id).AsTracking(forUpdate);
}
