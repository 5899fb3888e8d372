using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Sales.Domain.Orders.Rules;

/// <summary>
/// Paid and partially paid follow from the payments: never set by hand. An order with money received may still be
/// cancelled or marked as a duplicate and, while money is still due, wait for the client (Not confirmed, Pending):
/// the reference process does so with a partially paid order (seed 003, steps 14, 17 and 30). New, In progress and
/// Awaiting payment would hide the money received; the process skips them for such orders (steps 11 and 24).
/// </summary>
public sealed class StatusMustAgreeWithPaymentsRule(OrderStatus target, decimal paidAmount, decimal due) : IBusinessRule
{
    public string Code => "order.status-follows-payments";

    public string Message => target.FollowsPayments() ? $"{target} follows from the payments: add a payment instead."
        : due > 0 ? $"The order is partially paid ({paidAmount:0.00}); it can only wait for the client (NotConfirmed, Pending), be cancelled or be marked as a duplicate."
        : $"The order is paid ({paidAmount:0.00}); it can only be cancelled or marked as a duplicate.";

    public bool IsBroken() => target.FollowsPayments() || (paidAmount > 0 && !AllowedWithMoneyReceived());

    private bool AllowedWithMoneyReceived() => target is OrderStatus.Cancelled or OrderStatus.False || (due > 0 && target.WaitsForClient());
}

/// <summary>Cancelling says why (a process's "will not pay", the client's refusal).</summary>
public sealed class CancellationNeedsReasonRule(string? reason) : IBusinessRule
{
    public string Code => "order.reason-required";

    public string Message => "Say why the order is cancelled.";

    public bool IsBroken() => string.IsNullOrWhiteSpace(reason);
}

/// <summary>A cancelled order or a duplicate is not sold any more: its lines and links stay as they were.</summary>
public sealed class OrderMustBeOpenRule(OrderStatus status) : IBusinessRule
{
    public string Code => "order.closed";

    public string Message => $"The order is {(status == OrderStatus.False ? "a duplicate" : status.ToString().ToLowerInvariant())}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => status is OrderStatus.Cancelled or OrderStatus.False;
}

/// <summary>A payment link asks for money still due: more than zero and no more than the rest.</summary>
public sealed class LinkAmountMustBeDueRule(decimal amount, decimal due) : IBusinessRule
{
    public string Code => due <= 0 ? "order.nothing-due" : "order.link-amount-exceeds-due";

    public string Message => due <= 0 ? "The order is paid in full." : $"Only {due:0.00} is due.";

    public BusinessRuleKind Kind => due <= 0 ? BusinessRuleKind.Conflict : BusinessRuleKind.Unprocessable;

    public bool IsBroken() => amount <= 0 || amount > due;
}

/// <summary>A payment link pays once: a second payment through it is a replay.</summary>
public sealed class PaymentRecordedOnceRule(bool alreadyRecorded) : IBusinessRule
{
    public string Code => "payment.already-recorded";

    public string Message => "This payment (or a payment through this link) is already recorded.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => alreadyRecorded;
}
