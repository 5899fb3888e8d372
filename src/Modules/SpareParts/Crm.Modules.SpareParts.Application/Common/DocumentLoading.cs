using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Receipts;
using Crm.Modules.SpareParts.Domain.Sales;

namespace Crm.Modules.SpareParts.Application.Common;

/// <summary>Customer orders, goods receipts and sales named by id: 404 when missing; for update with the If-Match version.</summary>
internal static class DocumentLoading
{
    public static Task<CustomerOrder> GetAsync(this IReadRepository<CustomerOrder> orders, Guid id, CancellationToken ct) =>
        orders.FirstOrNotFoundAsync(new CustomerOrderByIdSpec(new CustomerOrderId(id)), "Customer order", id, ct);

    public static Task<CustomerOrder> ForUpdateAsync(this IRepository<CustomerOrder> orders, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        orders.LoadForUpdateAsync(new CustomerOrderByIdSpec(new CustomerOrderId(id), forUpdate: true), "Customer order", id, ct, expectedVersion);

    public static Task<GoodsReceipt> GetAsync(this IReadRepository<GoodsReceipt> receipts, Guid id, CancellationToken ct) =>
        receipts.FirstOrNotFoundAsync(new GoodsReceiptByIdSpec(new GoodsReceiptId(id)), "Goods receipt", id, ct);

    public static Task<GoodsReceipt> ForUpdateAsync(this IRepository<GoodsReceipt> receipts, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        receipts.LoadForUpdateAsync(new GoodsReceiptByIdSpec(new GoodsReceiptId(id), forUpdate: true), "Goods receipt", id, ct, expectedVersion);

    public static Task<Sale> GetAsync(this IReadRepository<Sale> sales, Guid id, CancellationToken ct) =>
        sales.FirstOrNotFoundAsync(new SaleByIdSpec(new SaleId(id)), "Sale", id, ct);

    public static Task<Sale> ForUpdateAsync(this IRepository<Sale> sales, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        sales.LoadForUpdateAsync(new SaleByIdSpec(new SaleId(id), forUpdate: true), "Sale", id, ct, expectedVersion);
}

public sealed class CustomerOrderByIdSpec : Specification<CustomerOrder>
{
    public CustomerOrderByIdSpec(CustomerOrderId id, bool forUpdate = false) => Query.Where(o => o.Id == id).AsTracking(forUpdate);
}

public sealed class GoodsReceiptByIdSpec : Specification<GoodsReceipt>
{
    public GoodsReceiptByIdSpec(GoodsReceiptId id, bool forUpdate = false) => Query.Where(r => r.Id == id).AsTracking(forUpdate);
}

public sealed class SaleByIdSpec : Specification<Sale>
{
    public SaleByIdSpec(SaleId id, bool forUpdate = false) => Query.Where(s => s.Id == id).AsTracking(forUpdate);
}
