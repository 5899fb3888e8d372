namespace Crm.Modules.Sales.Domain.Orders;

/// <summary>What a new order line is made of.</summary>
public sealed record PositionSpec(string Offer, decimal Price, int Quantity);

/// <summary>One line of an order: what is sold (an offer: a service, a part, a subscription), price, quantity.</summary>
public sealed class OrderPosition
{
    public const int OfferMaxLength = 300;

    private OrderPosition()
    {
        Offer = string.Empty;
    }

    internal OrderPosition(Guid id, string offer, decimal price, int quantity)
    {
        Id = id;
        Offer = offer;
        Price = price;
        Quantity = quantity;
    }

    public Guid Id { get; private set; }

    public string Offer { get; private set; }

    public decimal Price { get; private set; }

    public int Quantity { get; private set; }

    public decimal Amount => Price * Quantity;

    internal void Change(decimal price, int quantity)
    {
        Price = price;
        Quantity = quantity;
    }
}

/// <summary>
/// Money received for an order: entered by a manager (card, transfer, cash) or reported by the payment provider
/// (<see cref="ProviderPaymentId"/> and the payment link it paid, each recorded once).
/// </summary>
public sealed class Payment
{
    private Payment()
    {
    }

    internal Payment(Guid id, decimal amount, PaymentMethod method, DateTime atUtc, Guid? recordedBy, string? providerPaymentId, Guid? paymentLinkId)
    {
        Id = id;
        Amount = amount;
        Method = method;
        AtUtc = atUtc;
        RecordedBy = recordedBy;
        ProviderPaymentId = providerPaymentId;
        PaymentLinkId = paymentLinkId;
    }

    public Guid Id { get; private set; }

    public decimal Amount { get; private set; }

    public PaymentMethod Method { get; private set; }

    public DateTime AtUtc { get; private set; }

    public Guid? RecordedBy { get; private set; }

    public string? ProviderPaymentId { get; private set; }

    public Guid? PaymentLinkId { get; private set; }
}

public enum OrderHistoryKind
{
    Created,
    StatusChanged,
    ManagerChanged,
    Comment,
    PaymentAdded,
    PaymentDeleted,
    PositionChanged,
    TagsChanged,
    AccessEndChanged,
    PaymentLinkSent,
    PaymentsRecalculated,
}

/// <summary>The order's history: every change and every comment, who and when (comments form the history, seed 000).</summary>
public sealed class OrderHistoryEntry
{
    public const int TextMaxLength = 4000;

    private OrderHistoryEntry()
    {
        Text = string.Empty;
    }

    internal OrderHistoryEntry(Guid id, OrderHistoryKind kind, string text, Guid? employeeId, DateTime atUtc)
    {
        Id = id;
        Kind = kind;
        Text = text;
        EmployeeId = employeeId;
        AtUtc = atUtc;
    }

    public Guid Id { get; private set; }

    public OrderHistoryKind Kind { get; private set; }

    public string Text { get; private set; }

    public Guid? EmployeeId { get; private set; }

    public DateTime AtUtc { get; private set; }
}
