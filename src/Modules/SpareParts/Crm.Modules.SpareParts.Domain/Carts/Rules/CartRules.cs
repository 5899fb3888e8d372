using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Parts.Rules;

namespace Crm.Modules.SpareParts.Domain.Carts.Rules;

/// <summary>A cart that became an order, went to a document or was discarded is a record of that: it no longer changes.</summary>
public sealed class CartMustBeOpenRule(CartState state) : IBusinessRule
{
    public string Code => "cart.closed";

    public string Message => $"The cart is {state switch { CartState.Ordered => "turned into an order", CartState.AddedToDocument => "added to its document", _ => "discarded" }}; it no longer changes.";

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

/// <summary>A quantity is counted in the part's unit: more than zero, with no more decimals than the unit has (ADR 0081).</summary>
public sealed class QuantityMustFitUnitRule(string unit, decimal quantity) : IBusinessRule
{
    public string Code => "cart.quantity-invalid";

    public string Message => $"{quantity} {unit} is not a quantity of this part: more than 0, with at most {PartUnits.Decimals.GetValueOrDefault(unit)} decimals.";

    public bool IsBroken() => !PartUnits.Fits(unit, quantity);
}

/// <summary>A line's price follows the catalogue's price rules: more than zero, in cents.</summary>
public sealed class LinePriceMustBePositiveRule(decimal price) : IBusinessRule
{
    public string Code => "cart.price-invalid";

    public string Message => new PriceMustBePositiveRule(price).Message;

    public bool IsBroken() => new PriceMustBePositiveRule(price).IsBroken();
}

/// <summary>A station document takes parts only as bookings and work orders.</summary>
public sealed class DocumentMustBeBookingOrWorkOrderRule(CartDocument? document) : IBusinessRule
{
    public string Code => "cart.document-unknown";

    public string Message => "Say which booking or work order the parts go to: the cart was not opened from one.";

    public bool IsBroken() => document is null || !CartSource.DocumentKinds.Contains(document.Kind);
}
