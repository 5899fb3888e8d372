using System.Globalization;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Common;
using Crm.Modules.Sales.Domain.Orders.Rules;

namespace Crm.Modules.Sales.Domain.Orders;

public readonly record struct OrderId(Guid Value) : ITypedId;

/// <summary>
/// A client's order: positions, payments, status, manager, tags and history. The paid amount and the statuses
/// Paid / PartiallyPaid are derived from the payments every time they change, so they cannot disagree.
/// </summary>
public sealed partial class Order : AggregateRoot<OrderId>
{
    public const int ReasonMaxLength = 1000;
    public const int CommentMaxLength = 4000;

    private readonly List<OrderPosition> _positions = [];
    private readonly List<Payment> _payments = [];
    private readonly List<Tag> _tags = [];
    private readonly List<OrderHistoryEntry> _history = [];

    private Order()
    {
    }

    /// <summary>The number managers quote ("order 1042"); grows with creation, so it also orders lists.</summary>
    public long Number { get; private set; }

    public ClientId ClientId { get; private set; }

    public OrderStatus Status { get; private set; }

    public string? CancellationReason { get; private set; }

    public Guid? ManagerId { get; private set; }

    /// <summary>Sum of the positions; kept as a column so lists need no arithmetic in the database.</summary>
    public decimal Total { get; private set; }

    public decimal PaidAmount { get; private set; }

    public decimal Due => Math.Max(0, Total - PaidAmount);

    /// <summary>Some money received, some still due, whatever the status says (it may wait for the client meanwhile).</summary>
    public bool IsPartiallyPaid => PaidAmount > 0 && Due > 0;

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? PaidAtUtc { get; private set; }

    /// <summary>When the access this order buys ends (null: no end).</summary>
    public DateTime? AccessEndsAtUtc { get; private set; }

    /// <summary>The purchase this order renews, if it is a renewal order.</summary>
    public Guid? RenewalOfPurchaseId { get; private set; }

    public bool PurchasesIssued { get; private set; }

    public IReadOnlyList<OrderPosition> Positions => _positions;

    public IReadOnlyList<Payment> Payments => _payments;

    public IReadOnlyList<Tag> Tags => _tags;

    public IReadOnlyList<OrderHistoryEntry> History => _history;

    public static Order Place(OrderId id, long number, Client client, IReadOnlyList<PositionSpec> positions, OrderOptions options, DateTime nowUtc)
    {
        var order = new Order
        {
            Id = id,
            Number = number,
            ClientId = client.Id,
            Status = OrderStatus.New,
            ManagerId = options.ManagerId,
            CreatedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            AccessEndsAtUtc = options.AccessEndsAtUtc,
            RenewalOfPurchaseId = options.RenewalOfPurchaseId,
        };
        foreach (var position in positions)
        {
            order._positions.Add(new OrderPosition(Guid.NewGuid(), Guard.NotBlank(position.Offer, "offer", OrderPosition.OfferMaxLength), position.Price, position.Quantity));
        }

        Tag.AddTo(order._tags, options.Tags);
        order.Total = order._positions.Sum(p => p.Amount);
        order.Record(OrderHistoryKind.Created, $"Order created for {client.Name}, total {Money(order.Total)}", options.CreatedBy, nowUtc);
        order.Raise(new OrderPlacedDomainEvent(order, client.HasPhone, nowUtc));
        return order;
    }

    public void ChangeStatus(OrderStatus status, Guid? by, DateTime nowUtc)
    {
        if (status == Status)
        {
            return;
        }

        if (status == OrderStatus.Cancelled)
        {
            CheckRule(new CancellationNeedsReasonRule(null));
        }

        CheckRule(new StatusMustAgreeWithPaymentsRule(status, PaidAmount, Due));
        MoveTo(status, by, nowUtc, $"Status: {Status} → {status}");
    }

    public void Cancel(string? reason, Guid? by, DateTime nowUtc)
    {
        CheckRule(new CancellationNeedsReasonRule(reason));
        if (Status == OrderStatus.Cancelled)
        {
            return;
        }

        CancellationReason = Guard.NotBlank(reason, nameof(reason), ReasonMaxLength);
        MoveTo(OrderStatus.Cancelled, by, nowUtc, $"Cancelled: {CancellationReason}");
    }

    /// <summary>A duplicate of another order ("False"): hidden from lists, the board and statistics.</summary>
    public void MarkDuplicate(Guid? by, DateTime nowUtc)
    {
        if (Status != OrderStatus.False)
        {
            MoveTo(OrderStatus.False, by, nowUtc, "Marked as a duplicate");
        }
    }

    public void AssignManager(Guid? managerId, Guid? by, DateTime nowUtc)
    {
        if (managerId == ManagerId)
        {
            return;
        }

        ManagerId = managerId;
        Record(OrderHistoryKind.ManagerChanged, managerId is null ? "Manager removed" : $"Manager: {managerId}", by, nowUtc);
        Raise(new OrderManagerAssignedDomainEvent(this, nowUtc));
    }

    public void Comment(string text, Guid by, DateTime nowUtc) =>
        Record(OrderHistoryKind.Comment, Guard.NotBlank(text, nameof(text), CommentMaxLength), by, nowUtc);

    public void ChangePosition(Guid positionId, decimal price, int quantity, Guid by, DateTime nowUtc)
    {
        CheckRule(new OrderMustBeOpenRule(Status));
        var position = _positions.Single(p => p.Id == positionId);
        var before = $"{Money(position.Price)} × {position.Quantity}";
        position.Change(price, quantity);
        Total = _positions.Sum(p => p.Amount);
        Record(OrderHistoryKind.PositionChanged, $"{position.Offer}: {before} → {Money(price)} × {quantity}; total {Money(Total)}", by, nowUtc);
        FollowPayments(by, nowUtc); // a lower price may make the money received enough
        Raise(new OrderDetailsChangedDomainEvent(this, nowUtc));
    }

    public void AddTags(IReadOnlyList<string> tags, Guid by, DateTime nowUtc)
    {
        Tag.AddTo(_tags, tags);
        Record(OrderHistoryKind.TagsChanged, $"Tags added: {string.Join(", ", tags)}", by, nowUtc);
        Raise(new OrderDetailsChangedDomainEvent(this, nowUtc));
    }

    public void RemoveTag(string tag, Guid by, DateTime nowUtc)
    {
        if (Tag.RemoveFrom(_tags, tag))
        {
            Record(OrderHistoryKind.TagsChanged, $"Tag removed: {tag}", by, nowUtc);
            Raise(new OrderDetailsChangedDomainEvent(this, nowUtc));
        }
    }

    /// <summary>Moves the end of the access the order buys (seed 000: "change the end date").</summary>
    public void ChangeAccessEnd(DateTime? endsAtUtc, Guid by, DateTime nowUtc)
    {
        AccessEndsAtUtc = endsAtUtc is { } end ? Guard.Utc(end, nameof(endsAtUtc)) : null;
        Record(OrderHistoryKind.AccessEndChanged, $"Access ends: {(endsAtUtc is { } e ? e.ToString("u", CultureInfo.InvariantCulture) : "never")}", by, nowUtc);
        Raise(new OrderDetailsChangedDomainEvent(this, nowUtc));
    }

    /// <summary>The client's contacts changed: processes on the order learn whether it now has a phone.</summary>
    public void NoteClientContacts(bool clientHasPhone, DateTime nowUtc) =>
        Raise(new OrderClientContactsChangedDomainEvent(this, clientHasPhone, nowUtc));

    private void MoveTo(OrderStatus status, Guid? by, DateTime nowUtc, string text)
    {
        var from = Status;
        Status = status;
        Record(OrderHistoryKind.StatusChanged, text, by, nowUtc);
        Raise(new OrderStatusChangedDomainEvent(this, from, nowUtc));
    }

    private void Record(OrderHistoryKind kind, string text, Guid? by, DateTime atUtc)
    {
        var trimmed = text.Length > OrderHistoryEntry.TextMaxLength ? text[..OrderHistoryEntry.TextMaxLength] : text;
        _history.Add(new OrderHistoryEntry(Guid.NewGuid(), kind, trimmed, by, Guard.Utc(atUtc, nameof(atUtc))));
    }

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}

/// <summary>The optional parts of a new order.</summary>
public sealed record OrderOptions(Guid? ManagerId, IReadOnlyList<string> Tags, DateTime? AccessEndsAtUtc, Guid? CreatedBy, Guid? RenewalOfPurchaseId = null);
