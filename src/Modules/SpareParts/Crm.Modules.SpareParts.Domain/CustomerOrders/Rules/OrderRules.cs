using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.SpareParts.Domain.CustomerOrders.Rules;

/// <summary>An order is changed only while it is in the state the action needs (e.g. a sold order is not cancelled).</summary>
public sealed class OrderMustBeRule(CustomerOrderStatus status, string action, params CustomerOrderStatus[] allowed) : IBusinessRule
{
    public string Code => "customer-order.status";

    public string Message => $"The order is {status}: it cannot be {action}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => !allowed.Contains(status);
}

/// <summary>What is not in stock must be promised: a line awaiting supply carries its supply deadline.</summary>
public sealed class AwaitedLineNeedsDeadlineRule(IReadOnlyCollection<CustomerOrderLine> lines) : IBusinessRule
{
    public string Code => "customer-order.deadline-required";

    public string Message => $"Line(s) {string.Join(", ", Awaited.Select(l => l.Number))} cannot be reserved in full: give each a supply deadline.";

    public bool IsBroken() => Awaited.Any();

    private IEnumerable<CustomerOrderLine> Awaited => lines.Where(l => !l.IsReserved && l.SupplyDeadlineUtc is null);
}

/// <summary>A sale hands over reserved goods: every line must be reserved in full first.</summary>
public sealed class SaleNeedsFullReserveRule(IReadOnlyCollection<CustomerOrderLine> lines) : IBusinessRule
{
    public string Code => "customer-order.not-reserved";

    public string Message => $"Line(s) {string.Join(", ", lines.Where(l => !l.IsReserved).Select(l => l.Number))} are not reserved in full yet.";

    public bool IsBroken() => lines.Any(l => !l.IsReserved);
}

/// <summary>A reserve is what the line still misses, no more.</summary>
public sealed class ReserveMustFitLineRule(CustomerOrderLine line, decimal quantity) : IBusinessRule
{
    public string Code => "customer-order.reserve-too-large";

    public string Message => $"Line {line.Number} misses {line.Missing}; {quantity} cannot be reserved for it.";

    public bool IsBroken() => quantity <= 0 || quantity > line.Missing;
}

/// <summary>An order has at least one line.</summary>
public sealed class OrderNeedsLinesRule(int count) : IBusinessRule
{
    public string Code => "customer-order.empty";

    public string Message => "An order needs at least one line.";

    public bool IsBroken() => count == 0;
}
