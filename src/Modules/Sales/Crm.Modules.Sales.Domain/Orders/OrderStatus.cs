namespace Crm.Modules.Sales.Domain.Orders;

/// <summary>
/// Where an order stands. <see cref="Paid"/> and <see cref="PartiallyPaid"/> follow from the payments only.
/// <see cref="False"/> is a duplicate: hidden from lists, the board and statistics.
/// </summary>
public enum OrderStatus
{
    New,
    InProgress,
    AwaitingPayment,
    NotConfirmed,
    Pending,
    PartiallyPaid,
    Paid,
    Cancelled,
    False,
}

public static class OrderStatuses
{
    /// <summary>Statuses only payments set.</summary>
    public static bool FollowsPayments(this OrderStatus status) => status is OrderStatus.Paid or OrderStatus.PartiallyPaid;

    /// <summary>Waiting for the client to answer or confirm; says nothing about money.</summary>
    public static bool WaitsForClient(this OrderStatus status) => status is OrderStatus.NotConfirmed or OrderStatus.Pending;

    /// <summary>Shown on the board and in lists unless asked for.</summary>
    public static readonly IReadOnlyList<OrderStatus> Visible = Enum.GetValues<OrderStatus>().Where(s => s != OrderStatus.False).ToList();
}

public enum PaymentMethod
{
    Card,
    Transfer,
    Cash,
}
