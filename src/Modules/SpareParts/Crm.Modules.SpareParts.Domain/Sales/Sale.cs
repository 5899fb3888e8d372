using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.CustomerOrders.Rules;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Parts.Rules;
using Crm.Modules.SpareParts.Domain.Warehouses;

namespace Crm.Modules.SpareParts.Domain.Sales;

public readonly record struct SaleId(Guid Value) : ITypedId;

/// <summary>What a sale line hands over: the part (and unit), how much, the price of one.</summary>
public sealed record SaleLineSpec(PartId PartId, string Unit, decimal Quantity, decimal Price);

public sealed class SaleLine
{
    private SaleLine()
    {
        Unit = string.Empty;
    }

    internal SaleLine(SaleLineSpec spec, int number)
    {
        Id = Guid.NewGuid();
        Number = number;
        PartId = spec.PartId;
        Unit = spec.Unit;
        Quantity = spec.Quantity;
        Price = spec.Price;
        RuleCheck.Check(new QuantityMustFitUnitRule(Unit, Quantity));
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public PartId PartId { get; private set; }

    public string Unit { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal Price { get; private set; }

    public decimal Returned { get; private set; }

    internal void TakeBack(decimal quantity) => Returned += quantity;
}

/// <summary>A sale line (part of it) brought back, and why.</summary>
public sealed class SaleReturn
{
    public const int ReasonMaxLength = 500;

    private SaleReturn()
    {
        Reason = string.Empty;
    }

    internal SaleReturn(Guid lineId, decimal quantity, string reason, Guid byEmployeeId, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        LineId = lineId;
        Quantity = quantity;
        Reason = Guard.NotBlank(reason, nameof(reason), ReasonMaxLength);
        ByEmployeeId = byEmployeeId;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public Guid LineId { get; private set; }

    public decimal Quantity { get; private set; }

    public string Reason { get; private set; }

    public Guid ByEmployeeId { get; private set; }

    public DateTime AtUtc { get; private set; }
}

public sealed record SaleCompletedDomainEvent(Sale Sale, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>
/// Goods handed to a client from a warehouse: from a customer order's reserve or straight from what is available
/// (a cart). Lines may come back later (<see cref="Return"/>), each with a reason; the caller puts them back on stock.
/// </summary>
public sealed class Sale : AggregateRoot<SaleId>
{
    private readonly List<SaleLine> _lines = [];
    private readonly List<SaleReturn> _returns = [];

    private Sale()
    {
    }

    public WarehouseId WarehouseId { get; private set; }

    public Guid? ClientId { get; private set; }

    public Guid? CustomerOrderId { get; private set; }

    public Guid SoldById { get; private set; }

    public DateTime SoldAtUtc { get; private set; }

    public IReadOnlyList<SaleLine> Lines => _lines;

    public IReadOnlyList<SaleReturn> Returns => _returns;

    public decimal Total => _lines.Sum(l => (l.Quantity - l.Returned) * l.Price);

    public static Sale Complete(SaleId id, WarehouseId warehouse, Guid? clientId, Guid? customerOrderId, IReadOnlyList<SaleLineSpec> lines, Guid byEmployeeId, DateTime nowUtc)
    {
        CheckRule(new OrderNeedsLinesRule(lines.Count));
        var sale = new Sale
        {
            Id = id, WarehouseId = warehouse, ClientId = clientId, CustomerOrderId = customerOrderId, SoldById = byEmployeeId, SoldAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
        };
        sale._lines.AddRange(lines.Select((spec, i) => new SaleLine(spec, i + 1)));
        sale.Raise(new SaleCompletedDomainEvent(sale, nowUtc));
        return sale;
    }

    /// <summary>Takes <paramref name="quantity"/> of a line back; the answer is the line, for the caller to put it back on stock.</summary>
    public SaleLine Return(Guid lineId, decimal quantity, string reason, Guid byEmployeeId, DateTime nowUtc)
    {
        var line = _lines.FirstOrDefault(l => l.Id == lineId) ?? throw new BusinessRuleValidationException(new SaleLineMustExistRule(lineId));
        CheckRule(new QuantityMustFitUnitRule(line.Unit, quantity));
        CheckRule(new ReturnMustFitSoldRule(line, quantity));
        line.TakeBack(quantity);
        _returns.Add(new SaleReturn(lineId, quantity, reason, byEmployeeId, nowUtc));
        return line;
    }
}

public sealed class SaleLineMustExistRule(Guid lineId) : IBusinessRule
{
    public string Code => "sale.line-unknown";

    public string Message => $"The sale has no line {lineId}.";

    public bool IsBroken() => true;
}

/// <summary>What comes back was sold and has not come back already.</summary>
public sealed class ReturnMustFitSoldRule(SaleLine line, decimal quantity) : IBusinessRule
{
    public string Code => "sale.return-too-large";

    public string Message => $"Line {line.Number} sold {line.Quantity} and {line.Returned} came back; {quantity} more cannot.";

    public bool IsBroken() => quantity > line.Quantity - line.Returned;
}
