using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.CustomerOrders.Rules;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Parts.Rules;
using Crm.Modules.SpareParts.Domain.Warehouses;

namespace Crm.Modules.SpareParts.Domain.Receipts;

public readonly record struct GoodsReceiptId(Guid Value) : ITypedId;

public enum GoodsReceiptStatus
{
    Draft,
    Posted,
}

public sealed record ReceiptLineSpec(PartId PartId, string Unit, decimal Quantity);

/// <summary>A line of a goods receipt: a part and how much came.</summary>
public sealed class GoodsReceiptLine
{
    private GoodsReceiptLine()
    {
    }

    internal GoodsReceiptLine(ReceiptLineSpec spec, int number)
    {
        Id = Guid.NewGuid();
        Number = number;
        PartId = spec.PartId;
        Quantity = spec.Quantity;
        RuleCheck.Check(new QuantityMustFitUnitRule(spec.Unit, spec.Quantity));
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public PartId PartId { get; private set; }

    public decimal Quantity { get; private set; }
}

/// <summary>
/// Goods that came from a supplier into a warehouse. Written as a draft, posted once: posting adds the lines to
/// stock (the caller moves the stock levels in the same transaction); the waiting reserves are filled after it.
/// </summary>
public sealed class GoodsReceipt : AggregateRoot<GoodsReceiptId>
{
    public const int SupplierMaxLength = 200;

    private readonly List<GoodsReceiptLine> _lines = [];

    private GoodsReceipt()
    {
        Supplier = string.Empty;
    }

    public string Supplier { get; private set; }

    public WarehouseId WarehouseId { get; private set; }

    public GoodsReceiptStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? PostedAtUtc { get; private set; }

    public Guid? PostedById { get; private set; }

    public IReadOnlyList<GoodsReceiptLine> Lines => _lines;

    public static GoodsReceipt Write(GoodsReceiptId id, string supplier, WarehouseId warehouse, IReadOnlyList<ReceiptLineSpec> lines, DateTime nowUtc)
    {
        CheckRule(new OrderNeedsLinesRule(lines.Count));
        var receipt = new GoodsReceipt
        {
            Id = id, Supplier = Guard.NotBlank(supplier, nameof(supplier), SupplierMaxLength), WarehouseId = warehouse,
            Status = GoodsReceiptStatus.Draft, CreatedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
        };
        receipt._lines.AddRange(lines.Select((spec, i) => new GoodsReceiptLine(spec, i + 1)));
        return receipt;
    }

    public void Post(Guid byEmployeeId, DateTime nowUtc)
    {
        CheckRule(new ReceiptMustBeDraftRule(Status));
        Status = GoodsReceiptStatus.Posted;
        PostedAtUtc = nowUtc;
        PostedById = byEmployeeId;
    }
}

/// <summary>A receipt adds its goods once.</summary>
public sealed class ReceiptMustBeDraftRule(GoodsReceiptStatus status) : IBusinessRule
{
    public string Code => "goods-receipt.posted";

    public string Message => "The receipt is posted already: its goods are in stock.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status != GoodsReceiptStatus.Draft;
}
