using Crm.Modules.Sales.Domain.Orders.Rules;

namespace Crm.Modules.Sales.Domain.Orders;

/// <summary>Payments and everything that follows from them: the paid amount, Paid / PartiallyPaid, links.</summary>
public sealed partial class Order
{
    /// <summary>A manager enters money received (e.g. a bank transfer).</summary>
    public Payment AddPayment(decimal amount, PaymentMethod method, Guid by, DateTime nowUtc) =>
        Receive(new Payment(Guid.NewGuid(), amount, method, nowUtc, by, null, null), $"Payment {Money(amount)} ({method}) added", by, nowUtc);

    /// <summary>The payment provider reports money paid through a link: each provider payment and each link once.</summary>
    public Payment RecordProviderPayment(decimal amount, string providerPaymentId, Guid paymentLinkId, DateTime nowUtc)
    {
        CheckRule(new PaymentRecordedOnceRule(_payments.Any(p => p.ProviderPaymentId == providerPaymentId || p.PaymentLinkId == paymentLinkId)));
        return Receive(new Payment(Guid.NewGuid(), amount, PaymentMethod.Card, nowUtc, null, providerPaymentId, paymentLinkId),
            $"Payment {Money(amount)} received online ({providerPaymentId})", null, nowUtc);
    }

    public void DeletePayment(Guid paymentId, Guid by, DateTime nowUtc)
    {
        var payment = _payments.Single(p => p.Id == paymentId);
        _payments.Remove(payment);
        Record(OrderHistoryKind.PaymentDeleted, $"Payment {Money(payment.Amount)} ({payment.Method}) deleted", by, nowUtc);
        FollowPayments(by, nowUtc);
        Raise(new OrderPaymentsChangedDomainEvent(this, nowUtc));
    }

    /// <summary>"Recalculate payments" (seed 000): derive the paid amount and status again from the payments.</summary>
    public void RecalculatePayments(Guid? by, DateTime nowUtc)
    {
        Record(OrderHistoryKind.PaymentsRecalculated, $"Payments recalculated: {Money(_payments.Sum(p => p.Amount))} of {Money(Total)}", by, nowUtc);
        FollowPayments(by, nowUtc);
        Raise(new OrderPaymentsChangedDomainEvent(this, nowUtc));
    }

    /// <summary>Checks a link for <paramref name="amount"/> may be sent (the link itself is signed outside) and records it.</summary>
    public void SendPaymentLink(decimal amount, Guid by, DateTime nowUtc)
    {
        CheckRule(new OrderMustBeOpenRule(Status));
        CheckRule(new LinkAmountMustBeDueRule(amount, Due));
        Record(OrderHistoryKind.PaymentLinkSent, $"Payment link for {Money(amount)} sent", by, nowUtc);
    }

    /// <summary>Purchases were created for this paid order: never twice.</summary>
    public void MarkPurchasesIssued() => PurchasesIssued = true;

    private Payment Receive(Payment payment, string text, Guid? by, DateTime nowUtc)
    {
        _payments.Add(payment);
        Record(OrderHistoryKind.PaymentAdded, text, by, nowUtc);
        FollowPayments(by, nowUtc);
        Raise(new OrderPaymentsChangedDomainEvent(this, nowUtc));
        return payment;
    }

    /// <summary>
    /// The one place Paid / PartiallyPaid are set. A duplicate stays hidden and a cancelled order stays cancelled
    /// unless money makes it paid; an order whose payments vanished waits for payment again.
    /// </summary>
    private void FollowPayments(Guid? by, DateTime nowUtc)
    {
        PaidAmount = _payments.Sum(p => p.Amount);
        var target = PaidAmount <= 0 ? (Status.FollowsPayments() ? OrderStatus.AwaitingPayment : Status)
            : PaidAmount >= Total ? OrderStatus.Paid
            : Status == OrderStatus.Cancelled ? Status : OrderStatus.PartiallyPaid;
        if (Status == OrderStatus.False || target == Status)
        {
            return;
        }

        PaidAtUtc = target == OrderStatus.Paid ? nowUtc : null;
        var from = Status;
        Status = target;
        Record(OrderHistoryKind.StatusChanged, $"Status: {from} → {target} (payments {Money(PaidAmount)} of {Money(Total)})", by, nowUtc);
    }
}
