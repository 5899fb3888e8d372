using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.CustomerOrders.Rules;
using Crm.Modules.SpareParts.Domain.Parts.Rules;
using Crm.Modules.SpareParts.Domain.Warehouses;

namespace Crm.Modules.SpareParts.Domain.CustomerOrders;

public readonly record struct CustomerOrderId(Guid Value) : ITypedId;

public enum CustomerOrderStatus
{
    Draft,
    Posted,
    Cancelled,
    Sold,
}

/// <summary>Who the order is for and where its goods come from; optionally the station's work order or booking it serves.</summary>
public sealed record CustomerOrderHeader(Guid ClientId, Guid ManagerId, WarehouseId WarehouseId, Guid? WorkOrderId, Guid? BookingId);

/// <summary>
/// A client's order of parts. Posting reserves what the warehouse has and leaves the rest awaiting supply, each such
/// line with its supply deadline; goods receipts fill the waiting reserves later (<see cref="Fill"/>); cancelling gives
/// the reserves back; a sale takes them. The stock itself is <c>StockLevel</c>'s: the order says how much of each line
/// is reserved, the caller moves the same quantity on the stock level in the same transaction.
/// </summary>
public sealed class CustomerOrder : AggregateRoot<CustomerOrderId>
{
    private readonly List<CustomerOrderLine> _lines = [];

    private CustomerOrder()
    {
    }

    public Guid ClientId { get; private set; }

    public Guid ManagerId { get; private set; }

    public WarehouseId WarehouseId { get; private set; }

    public Guid? WorkOrderId { get; private set; }

    public Guid? BookingId { get; private set; }

    public CustomerOrderStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? PostedAtUtc { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public Guid? SaleId { get; private set; }

    public IReadOnlyList<CustomerOrderLine> Lines => _lines;

    /// <summary>The earliest supply deadline of a line still missing goods: when the next promise falls due.</summary>
    public DateTime? EarliestOpenDeadlineUtc => _lines.Where(l => !l.IsReserved).Min(l => l.SupplyDeadlineUtc);

    /// <summary>When the last missing goods are promised: the earliest a booking waiting for this order can use them all (null: nothing missing).</summary>
    public DateTime? LatestOpenDeadlineUtc => _lines.Where(l => !l.IsReserved).Max(l => l.SupplyDeadlineUtc);

    public bool IsAllReserved => _lines.All(l => l.IsReserved);

    public decimal Total => _lines.Sum(l => l.Amount);

    public static CustomerOrder Draft(CustomerOrderId id, CustomerOrderHeader header, IReadOnlyList<OrderLineSpec> lines, DateTime nowUtc)
    {
        CheckRule(new OrderNeedsLinesRule(lines.Count));
        var order = new CustomerOrder
        {
            Id = id, ClientId = header.ClientId, ManagerId = header.ManagerId, WarehouseId = header.WarehouseId,
            WorkOrderId = header.WorkOrderId, BookingId = header.BookingId, Status = CustomerOrderStatus.Draft, CreatedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
        };
        order._lines.AddRange(lines.Select((spec, i) => new CustomerOrderLine(spec, i + 1)));
        return order;
    }

    /// <summary>
    /// Posts the order: <paramref name="reserve"/> takes from stock what it can for each line (up to the line's
    /// quantity) and says how much it took; a line left short must carry a supply deadline.
    /// </summary>
    public void Post(Func<CustomerOrderLine, decimal> reserve, DateTime nowUtc)
    {
        CheckRule(new OrderMustBeRule(Status, "posted", CustomerOrderStatus.Draft));
        foreach (var line in _lines)
        {
            line.AddReserve(reserve(line));
        }

        CheckRule(new AwaitedLineNeedsDeadlineRule(_lines));
        Status = CustomerOrderStatus.Posted;
        PostedAtUtc = nowUtc;
        Raise(new CustomerOrderPostedDomainEvent(this, nowUtc));
        TellBooking(PartsExpectationChange.Posted, nowUtc);
    }

    /// <summary>
    /// Adds <paramref name="quantity"/> to a line's reserve: goods arrived (<paramref name="byReceipt"/>) or somebody set
    /// the reserve. A line reserved in full tells "reserve set"; the last one, "all goods in stock".
    /// </summary>
    public void Fill(Guid lineId, decimal quantity, bool byReceipt, DateTime nowUtc)
    {
        CheckRule(new OrderMustBeRule(Status, "reserved", CustomerOrderStatus.Posted));
        var line = Line(lineId);
        CheckRule(new ReserveMustFitLineRule(line, quantity));
        CheckRule(new QuantityMustFitUnitRule(line.Unit, quantity));
        var onTime = line.SupplyDeadlineUtc is not { } deadline || nowUtc <= deadline;
        line.AddReserve(quantity);
        if (byReceipt)
        {
            Raise(new OrderLineArrivedDomainEvent(this, line, quantity, onTime, nowUtc));
        }

        if (line.IsReserved)
        {
            Raise(new OrderReserveSetDomainEvent(this, line, byReceipt, onTime, nowUtc));
            if (IsAllReserved)
            {
                Raise(new OrderAllGoodsInStockDomainEvent(this, nowUtc));
            }

            TellBooking(IsAllReserved ? PartsExpectationChange.AllInStock : PartsExpectationChange.LineReserved, nowUtc);
        }
    }

    /// <summary>Gives a line's reserve back to stock; the line awaits supply again, so it needs a deadline (its own or <paramref name="newDeadlineUtc"/>).</summary>
    public decimal Release(Guid lineId, DateTime? newDeadlineUtc, DateTime nowUtc)
    {
        CheckRule(new OrderMustBeRule(Status, "released", CustomerOrderStatus.Posted));
        var line = Line(lineId);
        if (newDeadlineUtc is { } deadline)
        {
            line.Promise(deadline);
        }

        var released = line.TakeReserve();
        CheckRule(new AwaitedLineNeedsDeadlineRule([line]));
        Raise(new OrderReserveReleasedDomainEvent(this, line, released, nowUtc));
        TellBooking(PartsExpectationChange.ReserveReleased, nowUtc);
        return released;
    }

    /// <summary>The client's new promise for a line's missing goods.</summary>
    public void SetSupplyDeadline(Guid lineId, DateTime deadlineUtc, DateTime nowUtc)
    {
        CheckRule(new OrderMustBeRule(Status, "given a new deadline", CustomerOrderStatus.Draft, CustomerOrderStatus.Posted));
        var line = Line(lineId);
        var previous = line.SupplyDeadlineUtc;
        line.Promise(deadlineUtc);
        Raise(new SupplyDeadlineChangedDomainEvent(this, line, previous, nowUtc));
        TellBooking(PartsExpectationChange.DeadlineMoved, nowUtc);
    }

    /// <summary>Cancels the order; the answer is what each line had reserved, for the caller to release on stock.</summary>
    public IReadOnlyList<(CustomerOrderLine Line, decimal Reserved)> Cancel(DateTime nowUtc)
    {
        CheckRule(new OrderMustBeRule(Status, "cancelled", CustomerOrderStatus.Draft, CustomerOrderStatus.Posted));
        var released = _lines.Select(l => (l, l.TakeReserve())).Where(r => r.Item2 > 0).ToList();
        Status = CustomerOrderStatus.Cancelled;
        ClosedAtUtc = nowUtc;
        Raise(new CustomerOrderCancelledDomainEvent(this, nowUtc));
        TellBooking(PartsExpectationChange.Cancelled, nowUtc);
        return released;
    }

    /// <summary>The reserved goods were handed over as sale <paramref name="saleId"/>; every line must be reserved in full.</summary>
    public void MarkSold(Guid saleId, DateTime nowUtc)
    {
        CheckRule(new OrderMustBeRule(Status, "sold", CustomerOrderStatus.Posted));
        CheckRule(new SaleNeedsFullReserveRule(_lines));
        Status = CustomerOrderStatus.Sold;
        SaleId = saleId;
        ClosedAtUtc = nowUtc;
        Raise(new CustomerOrderSoldDomainEvent(this, saleId, nowUtc));
    }

    /// <summary>
    /// A posted order serving a booking tells it when its missing goods are now expected (ADR 0085): the booking's
    /// promise follows the parts. A draft promises nothing yet; a cancelled order expects nothing any more.
    /// </summary>
    private void TellBooking(string change, DateTime nowUtc)
    {
        if (BookingId is not null && Status is CustomerOrderStatus.Posted or CustomerOrderStatus.Cancelled)
        {
            Raise(new OrderPartsExpectationDomainEvent(this, Status == CustomerOrderStatus.Cancelled ? null : LatestOpenDeadlineUtc, change, nowUtc));
        }
    }

    public CustomerOrderLine Line(Guid lineId) =>
        _lines.FirstOrDefault(l => l.Id == lineId) ?? throw new BusinessRuleValidationException(new LineMustExistRule(lineId));
}

/// <summary>A line id names a line of this order.</summary>
public sealed class LineMustExistRule(Guid lineId) : IBusinessRule
{
    public string Code => "customer-order.line-unknown";

    public string Message => $"The order has no line {lineId}.";

    public bool IsBroken() => true;
}
