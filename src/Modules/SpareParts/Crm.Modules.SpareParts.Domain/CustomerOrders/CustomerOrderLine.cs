using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Parts.Rules;

namespace Crm.Modules.SpareParts.Domain.CustomerOrders;

/// <summary>What a line asks for: the part (with its unit), how much, the price of one, and when the missing goods are promised.</summary>
public sealed record OrderLineSpec(PartId PartId, string Unit, decimal Quantity, decimal Price, DateTime? SupplyDeadlineUtc);

/// <summary>
/// A line of a customer order: the part, quantity and price, how much of it is reserved in the order's warehouse,
/// and the supply deadline of what is still missing (the date promised to the client).
/// </summary>
public sealed class CustomerOrderLine
{
    private CustomerOrderLine()
    {
        Unit = string.Empty;
    }

    internal CustomerOrderLine(OrderLineSpec spec, int number)
    {
        Id = Guid.NewGuid();
        Number = number;
        PartId = spec.PartId;
        Unit = spec.Unit;
        Quantity = spec.Quantity;
        Price = spec.Price;
        Awaiting = true;
        SupplyDeadlineUtc = spec.SupplyDeadlineUtc is { } deadline ? Guard.Utc(deadline, nameof(spec.SupplyDeadlineUtc)) : null;
        RuleCheck.Check(new QuantityMustFitUnitRule(Unit, Quantity));
        RuleCheck.Check(new PriceMustBePositiveRule(Price));
    }

    public Guid Id { get; private set; }

    public int Number { get; private set; }

    public PartId PartId { get; private set; }

    public string Unit { get; private set; }

    public decimal Quantity { get; private set; }

    public decimal Price { get; private set; }

    public decimal Reserved { get; private set; }

    /// <summary>Stored so that a receipt finds the lines waiting for its parts in the database: not reserved in full.</summary>
    public bool Awaiting { get; private set; }

    public DateTime? SupplyDeadlineUtc { get; private set; }

    /// <summary>What is still to come: ordered but not reserved.</summary>
    public decimal Missing => Quantity - Reserved;

    public bool IsReserved => !Awaiting;

    public decimal Amount => Quantity * Price;

    internal void AddReserve(decimal quantity)
    {
        Reserved += quantity;
        Awaiting = Reserved < Quantity;
    }

    internal decimal TakeReserve()
    {
        var reserved = Reserved;
        Reserved = 0;
        Awaiting = true;
        return reserved;
    }

    internal void Promise(DateTime deadlineUtc) => SupplyDeadlineUtc = Guard.Utc(deadlineUtc, nameof(deadlineUtc));
}
