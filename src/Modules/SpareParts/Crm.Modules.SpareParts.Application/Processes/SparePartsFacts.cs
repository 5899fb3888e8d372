namespace Crm.Modules.SpareParts.Application.Processes;

/// <summary>The names the Spare Parts module publishes: its module code, object types and event names processes start or wait on.</summary>
public static class SparePartsFacts
{
    public const string Module = "spare-parts";

    // Stock, receipts, customer orders and sales (ADR 0080).
    public const string CustomerOrder = "customer-order";
    public const string Sale = "sale";

    public const string Posted = "posted";
    public const string Cancelled = "cancelled";
    public const string LineArrived = "line-arrived";
    public const string ReserveSet = "reserve-set";
    public const string ReserveReleased = "reserve-released";
    public const string AllGoodsInStock = "all-goods-in-stock";
    public const string SupplyDeadlineChanged = "supply-deadline-changed";
    public const string Sold = "sold";
    public const string Completed = "completed";
}
