using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.Carts.Rules;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Parts.Rules;

namespace Crm.Modules.SpareParts.Domain.Carts;

public readonly record struct CartId(Guid Value) : ITypedId;

/// <summary>
/// The seed's "Корзина": the parts a parts specialist or a manager picks for a client, opened from a task, a contact,
/// a booking or a work order. It is saved as often as people like, then turned into a customer order, added to a
/// station document ("Select parts"), or discarded (by hand, or by itself when a booking is made from its contact).
/// A closed cart no longer changes.
/// </summary>
public sealed class Cart : AggregateRoot<CartId>
{
    public const int MaxLines = 200;
    public const int ReasonMaxLength = 500;

    private readonly List<CartLine> _lines = [];

    private Cart()
    {
        Source = null!;
        SortKey = string.Empty;
    }

    public CartSource Source { get; private set; }

    public CartState State { get; private set; }

    public Guid OpenedBy { get; private set; }

    public DateTime OpenedAtUtc { get; private set; }

    /// <summary>Opened-at and id: newest-first lists page by it (keyset), ties of one moment broken by the id.</summary>
    public string SortKey { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    /// <summary>Why it was discarded: the person's words, or the booking that was made from its contact.</summary>
    public string? DiscardReason { get; private set; }

    /// <summary>The document the parts went to (or, while <see cref="AwaitedPickId"/> is set, are on their way to).</summary>
    public CartDocument? Document { get; private set; }

    /// <summary>Set while the station has not answered the parts sent: the answer names it.</summary>
    public Guid? AwaitedPickId { get; private set; }

    /// <summary>The station's last refusal of the parts sent (the cart stayed open): its code and words.</summary>
    public string? RefusalCode { get; private set; }

    public string? Refusal { get; private set; }

    /// <summary>The customer order the cart was turned into.</summary>
    public Guid? OrderId { get; private set; }

    /// <summary>The sale the cart's parts were sold by, straight from the cart.</summary>
    public Guid? SaleId { get; private set; }

    public IReadOnlyList<CartLine> Lines => _lines.OrderBy(l => l.Number).ToList();

    public decimal Total => _lines.Sum(l => l.Quantity * l.Price);

    public static Cart Open(CartId id, CartSource source, Guid by, IReadOnlyList<CartLineSpec> lines, DateTime nowUtc)
    {
        var cart = new Cart
        {
            Id = id,
            Source = source,
            State = CartState.Open,
            OpenedBy = by,
            OpenedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            SortKey = nowUtc.ToString("yyyyMMddHHmmssfffffff", System.Globalization.CultureInfo.InvariantCulture) + "|" + id.Value.ToString("N"),
        };
        cart.Fill(lines);
        cart.Raise(new CartOpenedDomainEvent(cart, nowUtc));
        return cart;
    }

    /// <summary>"Save": the cart's lines become these (the card was read at a version; the caller checks it).</summary>
    public void ChangeLines(IReadOnlyList<CartLineSpec> lines, DateTime nowUtc)
    {
        CheckChangeable();
        Fill(lines);
        Raise(new CartLinesChangedDomainEvent(this, nowUtc));
    }

    public void Discard(string? reason, DateTime nowUtc)
    {
        CheckChangeable();
        Close(CartState.Discarded, nowUtc);
        DiscardReason = string.IsNullOrWhiteSpace(reason) ? "Discarded" : Guard.NotBlank(reason, nameof(reason), ReasonMaxLength);
    }

    /// <summary>
    /// "Add to the work order / booking": the lines are sent to the station's document (its own rules decide). The
    /// cart waits for the answer: added closes it, refused leaves it open with the reason.
    /// </summary>
    public Guid AddToDocument(CartDocument? document, DateTime nowUtc)
    {
        CheckChangeable();
        CheckRule(new CartMustHaveLinesRule(_lines.Count));
        var target = document ?? Source.Document;
        CheckRule(new DocumentMustBeBookingOrWorkOrderRule(target));
        var pickId = Guid.NewGuid();
        Document = target;
        AwaitedPickId = pickId;
        Raise(new CartPartsPickedDomainEvent(this, pickId, target!, Lines.Select(l => l.ToSpec()).ToList(), nowUtc));
        return pickId;
    }

    /// <summary>
    /// The cart becomes a customer order (the caller drafts it with these lines): it closes as ordered and names the
    /// order, so the order is not made twice from one cart.
    /// </summary>
    public IReadOnlyList<CartLineSpec> TurnIntoOrder(Guid orderId, DateTime nowUtc)
    {
        CheckChangeable();
        CheckRule(new CartMustHaveLinesRule(_lines.Count));
        OrderId = orderId;
        Close(CartState.Ordered, nowUtc);
        return Lines.Select(l => l.ToSpec()).ToList();
    }

    /// <summary>
    /// "Sell": the client takes the parts now, from what the warehouse has (<paramref name="available"/> per part). Every
    /// line must be in stock, or nothing is sold; the cart closes as sold and names the sale, once (ADR 0085).
    /// </summary>
    public IReadOnlyList<CartLineSpec> Sell(Guid saleId, Func<PartId, decimal> available, DateTime nowUtc)
    {
        CheckRule(new CartMustNotBeSoldRule(SaleId));
        CheckChangeable();
        CheckRule(new CartMustHaveLinesRule(_lines.Count));
        foreach (var part in Lines.GroupBy(l => l.PartId))
        {
            CheckRule(new CartLineMustBeInStockRule(part.First(), part.Sum(l => l.Quantity), available(part.Key)));
        }

        SaleId = saleId;
        Close(CartState.Sold, nowUtc);
        return Lines.Select(l => l.ToSpec()).ToList();
    }

    /// <summary>The station added the parts sent as <paramref name="pickId"/>. An answer to an older sending changes nothing.</summary>
    public void PartsAdded(Guid pickId, DateTime nowUtc)
    {
        if (AwaitedPickId != pickId)
        {
            return;
        }

        AwaitedPickId = null;
        RefusalCode = Refusal = null;
        Close(CartState.AddedToDocument, nowUtc);
    }

    /// <summary>The station refused the parts sent as <paramref name="pickId"/>: the cart stays open and says why.</summary>
    public void PartsRefused(Guid pickId, string code, string reason)
    {
        if (AwaitedPickId != pickId)
        {
            return;
        }

        AwaitedPickId = null;
        Document = null;
        RefusalCode = code;
        Refusal = reason.Length > ReasonMaxLength ? reason[..ReasonMaxLength] : reason;
    }

    private void CheckChangeable()
    {
        CheckRule(new CartMustBeOpenRule(State));
        CheckRule(new CartMustNotAwaitDocumentRule(AwaitedPickId is null ? null : Document));
    }

    private void Close(CartState state, DateTime nowUtc)
    {
        State = state;
        ClosedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc));
    }

    private void Fill(IReadOnlyList<CartLineSpec> lines)
    {
        foreach (var line in lines)
        {
            CheckRule(new QuantityMustFitUnitRule(line.Unit, line.Quantity));
            CheckRule(new PriceMustBePositiveRule(line.Price));
        }

        _lines.Clear();
        _lines.AddRange(lines.Select((l, i) => new CartLine(l, i + 1)));
    }
}
