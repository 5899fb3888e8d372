using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.SpareParts.Domain.Carts.Rules;

/// <summary>A cart that became an order, went to a document or was discarded is a record of that: it no longer changes.</summary>
public sealed class CartMustBeOpenRule(CartState state) : IBusinessRule
{
    public string Code => "cart.closed";

    public string Message => $"The cart is {state switch { CartState.Ordered => "turned into an order", CartState.AddedToDocument => "added to its document", CartState.Sold => "sold", _ => "discarded" }}; it no longer changes.";

    public bool IsBroken() => state != CartState.Open;
}

/// <summary>
/// While the station has not answered the parts sent to its document, the cart stays as it was sent: a change then
/// would leave the document and the cart telling different stories.
/// </summary>
public sealed class CartMustNotAwaitDocumentRule(CartDocument? awaited) : IBusinessRule
{
    public string Code => "cart.awaiting-document";

    public string Message => $"The parts were sent to {awaited?.Kind} {awaited?.Id}; wait for the station's answer.";

    public bool IsBroken() => awaited is not null;
}

/// <summary>Only picked parts go to a document or an order: an empty cart has nothing to give.</summary>
public sealed class CartMustHaveLinesRule(int lines) : IBusinessRule
{
    public string Code => "cart.empty";

    public string Message => "The cart has no parts yet.";

    public bool IsBroken() => lines == 0;
}

/// <summary>A station document takes parts only as bookings and work orders.</summary>
public sealed class DocumentMustBeBookingOrWorkOrderRule(CartDocument? document) : IBusinessRule
{
    public string Code => "cart.document-unknown";

    public string Message => "Say which booking or work order the parts go to: the cart was not opened from one.";

    public bool IsBroken() => document is null || !CartSource.DocumentKinds.Contains(document.Kind);
}

/// <summary>A cart is sold once: a second "sell" (a repeated click, another employee) conflicts with the sale made.</summary>
public sealed class CartMustNotBeSoldRule(Guid? saleId) : IBusinessRule
{
    public string Code => "cart.sold";

    public string Message => $"The cart was sold already (sale {saleId}).";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => saleId is not null;
}

/// <summary>A sale straight from a cart takes only what the warehouse has: a line short of stock is named, and nothing is sold.</summary>
public sealed class CartLineMustBeInStockRule(CartLine line, decimal wanted, decimal available) : IBusinessRule
{
    public string Code => "cart.line-short-of-stock";

    public string Message => $"Line {line.Number} ({line.Brand} {line.Article} {line.Name}): {wanted} {line.Unit} wanted, {Math.Max(available, 0)} available.";

    public bool IsBroken() => wanted > available;
}
