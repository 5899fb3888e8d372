using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.Carts;
using Crm.Modules.SpareParts.Domain.Carts.Rules;
using Crm.Modules.SpareParts.Domain.Parts;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Domain;

/// <summary>The cart's rules: quantities in the part's unit, one answer per sending, and a closed cart that no longer changes.</summary>
public sealed class CartTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Order = Guid.NewGuid();

    private static CartLineSpec Line(string unit, decimal quantity, decimal price = 10m) =>
        new(new PartId(Guid.NewGuid()), "OC90", "Mann", "Oil filter", unit, quantity, price);

    private static Cart NewCart(params CartLineSpec[] lines) =>
        Cart.Open(new CartId(Guid.NewGuid()), new CartSource(CartSource.Task, Guid.NewGuid(), CartSource.WorkOrder, Order), Guid.NewGuid(), lines, Now);

    [Fact]
    public void A_cart_sells_only_when_every_part_is_in_stock_and_only_once()
    {
        var (pads, oil) = (Line("pcs", 2m), Line("l", 1.5m));
        var cart = NewCart(pads, oil, pads with { Quantity = 1m });
        var sale = Guid.NewGuid();

        var short1 = Assert.Throws<BusinessRuleValidationException>(() => cart.Sell(sale, p => p == pads.PartId ? 2m : 5m, Now)); // pads: 3 wanted in two lines
        Assert.Equal(("cart.line-short-of-stock", CartState.Open), (short1.BrokenRule.Code, cart.State));
        Assert.Contains("Line 1", short1.BrokenRule.Message, StringComparison.Ordinal);

        Assert.Equal(3, cart.Sell(sale, _ => 3m, Now).Count);
        Assert.Equal((CartState.Sold, (Guid?)sale), (cart.State, cart.SaleId));
        Assert.Equal("cart.sold", Assert.Throws<BusinessRuleValidationException>(() => cart.Sell(Guid.NewGuid(), _ => 3m, Now)).BrokenRule.Code);
    }

    [Theory]
    [InlineData("pcs", 1.5)]
    [InlineData("l", 0.0005)]
    [InlineData("m", 0)]
    [InlineData("kg", -1)]
    public void A_quantity_that_does_not_fit_the_unit_is_refused(string unit, double quantity) =>
        Assert.Equal("quantity.invalid", Assert.Throws<BusinessRuleValidationException>(() => NewCart(Line(unit, (decimal)quantity))).BrokenRule.Code);

    [Fact]
    public void Quantities_within_the_units_decimals_and_positive_prices_are_kept()
    {
        var cart = NewCart(Line("l", 0.125m, 9.9m), Line("m", 2.5m, 3m));
        Assert.Equal(0.125m * 9.9m + 7.5m, cart.Total);
        Assert.Equal("part.price-invalid", Assert.Throws<BusinessRuleValidationException>(() => cart.ChangeLines([Line("pcs", 1, 0m)], Now)).BrokenRule.Code);
    }

    [Fact]
    public void A_task_cart_goes_to_its_tasks_work_order_waits_for_the_answer_and_closes_only_on_that_answer()
    {
        var cart = NewCart(Line("pcs", 2));
        var pick = cart.AddToDocument(null, Now);
        Assert.Equal(new CartDocument(CartSource.WorkOrder, Order), cart.Document);
        Assert.Equal("cart.awaiting-document", Assert.Throws<BusinessRuleValidationException>(() => cart.ChangeLines([], Now)).BrokenRule.Code);

        cart.PartsAdded(Guid.NewGuid(), Now); // an answer to another sending
        Assert.Equal(CartState.Open, cart.State);
        cart.PartsAdded(pick, Now.AddMinutes(1));
        Assert.Equal((CartState.AddedToDocument, Now.AddMinutes(1)), (cart.State, cart.ClosedAtUtc));
        Assert.Equal("cart.closed", Assert.Throws<BusinessRuleValidationException>(() => cart.Discard(null, Now)).BrokenRule.Code);
    }

    [Fact]
    public void A_refusal_leaves_the_cart_open_with_the_reason_and_without_a_document()
    {
        var cart = NewCart(Line("pcs", 2));
        var pick = cart.AddToDocument(new CartDocument(CartSource.Booking, Guid.NewGuid()), Now);
        cart.PartsRefused(pick, "booking.closed", "The booking is cancelled.");
        Assert.Equal((CartState.Open, null, null, "booking.closed"), (cart.State, cart.Document, cart.AwaitedPickId, cart.RefusalCode));
        cart.ChangeLines([Line("pcs", 1)], Now);
    }

    [Fact]
    public void A_cart_not_opened_for_a_document_is_sent_nowhere_and_an_empty_one_has_nothing_to_send()
    {
        var fromContact = Cart.Open(new CartId(Guid.NewGuid()), new CartSource(CartSource.Contact, Guid.NewGuid()), Guid.NewGuid(), [Line("pcs", 1)], Now);
        Assert.True(new DocumentMustBeBookingOrWorkOrderRule(fromContact.Source.Document).IsBroken());
        Assert.Throws<BusinessRuleValidationException>(() => fromContact.AddToDocument(null, Now));
        Assert.Equal("cart.empty", Assert.Throws<BusinessRuleValidationException>(() => NewCart().AddToDocument(null, Now)).BrokenRule.Code);
    }
}
