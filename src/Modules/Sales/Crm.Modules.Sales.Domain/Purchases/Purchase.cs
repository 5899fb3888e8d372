using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;

namespace Crm.Modules.Sales.Domain.Purchases;

public readonly record struct PurchaseId(Guid Value) : ITypedId;

public enum PurchaseStatus
{
    Active,

    /// <summary>A manager forbade using this purchase for access ("do not use this purchase for access").</summary>
    AccessForbidden,
}

/// <summary>Whether the client will renew, as the manager learnt in a conversation.</summary>
public enum RenewalStatus
{
    NotDecided,
    WillRenew,
    WillNotRenew,
    Renewed,
}

/// <summary>
/// What a paid order gives the client: access to one offer from start to end (or without end), with an
/// employee responsible for it and a renewal status. Created when an order becomes paid, one per position.
/// </summary>
public sealed class Purchase : AggregateRoot<PurchaseId>
{
    public const int CommentMaxLength = 4000;

    private Purchase()
    {
        Offer = string.Empty;
    }

    public ClientId ClientId { get; private set; }

    public OrderId OrderId { get; private set; }

    public string Offer { get; private set; }

    public decimal Price { get; private set; }

    public int Quantity { get; private set; }

    public DateTime StartsAtUtc { get; private set; }

    public DateTime? EndsAtUtc { get; private set; }

    public PurchaseStatus Status { get; private set; }

    public Guid? ResponsibleEmployeeId { get; private set; }

    public RenewalStatus RenewalStatus { get; private set; }

    public string? RenewalComment { get; private set; }

    public OrderId? RenewalOrderId { get; private set; }

    public static Purchase IssueFor(Order order, OrderPosition position, DateTime nowUtc)
    {
        var purchase = new Purchase
        {
            Id = new PurchaseId(Guid.NewGuid()),
            ClientId = order.ClientId,
            OrderId = order.Id,
            Offer = position.Offer,
            Price = position.Price,
            Quantity = position.Quantity,
            StartsAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            EndsAtUtc = order.AccessEndsAtUtc,
            Status = PurchaseStatus.Active,
            ResponsibleEmployeeId = order.ManagerId,
        };
        purchase.Raise(new PurchaseIssuedDomainEvent(purchase, nowUtc));
        return purchase;
    }

    public bool GivesAccessAt(DateTime nowUtc) => Status == PurchaseStatus.Active && (EndsAtUtc is null || EndsAtUtc > nowUtc);

    public void AssignResponsible(Guid? employeeId, DateTime nowUtc)
    {
        ResponsibleEmployeeId = employeeId;
        Raise(new PurchaseChangedDomainEvent(this, nowUtc));
    }

    public void SetRenewal(RenewalStatus status, string? comment, DateTime nowUtc)
    {
        RenewalStatus = status;
        RenewalComment = string.IsNullOrWhiteSpace(comment) ? RenewalComment : Guard.NotBlank(comment, nameof(comment), CommentMaxLength);
        Raise(new PurchaseChangedDomainEvent(this, nowUtc));
    }

    public void ForbidAccess(DateTime nowUtc)
    {
        if (Status != PurchaseStatus.AccessForbidden)
        {
            Status = PurchaseStatus.AccessForbidden;
            Raise(new PurchaseChangedDomainEvent(this, nowUtc));
        }
    }

    /// <summary>The order that renews this purchase was created; once per purchase.</summary>
    public void Renew(OrderId renewalOrderId, DateTime nowUtc)
    {
        CheckRule(new Rules.RenewalOrderOnceRule(RenewalOrderId));
        RenewalOrderId = renewalOrderId;
        RenewalStatus = RenewalStatus.WillRenew;
        Raise(new PurchaseChangedDomainEvent(this, nowUtc));
    }
}

public sealed record PurchaseIssuedDomainEvent(Purchase Purchase, DateTime OccurredAtUtc) : IDomainEvent;

public sealed record PurchaseChangedDomainEvent(Purchase Purchase, DateTime OccurredAtUtc) : IDomainEvent;
