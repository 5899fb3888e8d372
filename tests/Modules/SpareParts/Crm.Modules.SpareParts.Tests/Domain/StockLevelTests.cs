using Crm.BuildingBlocks.Domain;
using Crm.Modules.SpareParts.Domain.CustomerOrders;
using Crm.Modules.SpareParts.Domain.Parts;
using Crm.Modules.SpareParts.Domain.Stock;
using Crm.Modules.SpareParts.Domain.Warehouses;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Domain;

/// <summary>The stock rules: available never below zero; only what is reserved is released or sold from the reserve; a count covers the reserves.</summary>
public sealed class StockLevelTests
{
    private static readonly StockActor By = new(Guid.NewGuid(), new DateTime(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc));

    private static StockLevel Level(decimal onHand)
    {
        var level = StockLevel.Open(new PartId(Guid.NewGuid()), new WarehouseId(Guid.NewGuid()));
        level.Receive(onHand, By);
        return level;
    }

    [Fact]
    public void A_reserve_beyond_what_is_available_is_refused_and_changes_nothing()
    {
        var level = Level(2m);
        level.Reserve(1.5m, By);
        var refused = Assert.Throws<BusinessRuleValidationException>(() => level.Reserve(0.6m, By));
        Assert.Equal("stock.insufficient", refused.BrokenRule.Code);
        Assert.Equal((2m, 1.5m, 0.5m), (level.OnHand, level.Reserved, level.Available));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    public void Nothing_or_less_is_no_reserve(double quantity) =>
        Assert.Throws<BusinessRuleValidationException>(() => Level(5m).Reserve((decimal)quantity, By));

    [Fact]
    public void Selling_the_reserve_takes_it_from_on_hand_and_reserved_and_each_change_is_a_movement_with_the_level_after_it()
    {
        var level = Level(3m);
        level.Reserve(2m, By);
        var sale = level.SellReserved(2m, By);
        Assert.Equal((MovementKind.Sale, 2m, 1m, 0m, By.EmployeeId), (sale.Kind, sale.Quantity, sale.OnHandAfter, sale.ReservedAfter, sale.ByEmployeeId));
        Assert.Equal("stock.reserve-insufficient", Assert.Throws<BusinessRuleValidationException>(() => level.Release(1m, By)).BrokenRule.Code);
        Assert.Equal("stock.insufficient", Assert.Throws<BusinessRuleValidationException>(() => level.SellAvailable(2m, By)).BrokenRule.Code);
    }

    [Fact]
    public void A_count_below_what_is_reserved_is_refused_and_one_above_is_an_adjustment_of_the_difference()
    {
        var level = Level(5m);
        level.Reserve(3m, By);
        Assert.Equal("stock.count-below-reserved", Assert.Throws<BusinessRuleValidationException>(() => level.Count(2m, By)).BrokenRule.Code);
        var counted = level.Count(4m, By);
        Assert.Equal((MovementKind.Adjustment, -1m, 1m), (counted.Kind, counted.Quantity, level.Available));
    }

    [Fact]
    public void Posting_an_order_reserves_what_the_callback_took_and_a_short_line_without_a_deadline_is_refused()
    {
        var part = new PartId(Guid.NewGuid());
        var now = By.AtUtc;
        var header = new CustomerOrderHeader(Guid.NewGuid(), Guid.NewGuid(), new WarehouseId(Guid.NewGuid()), null, null);
        var undated = CustomerOrder.Draft(new CustomerOrderId(Guid.NewGuid()), header, [new OrderLineSpec(part, "pcs", 2m, 5m, null)], now);
        Assert.Equal("customer-order.deadline-required", Assert.Throws<BusinessRuleValidationException>(() => undated.Post(_ => 1m, now)).BrokenRule.Code);

        var order = CustomerOrder.Draft(new CustomerOrderId(Guid.NewGuid()), header, [new OrderLineSpec(part, "pcs", 2m, 5m, now.AddDays(2))], now);
        order.Post(_ => 1m, now);
        Assert.Equal((1m, now.AddDays(2)), (order.Lines[0].Missing, order.EarliestOpenDeadlineUtc));
        order.Fill(order.Lines[0].Id, 1m, byReceipt: true, now.AddDays(3));
        Assert.Equal([typeof(CustomerOrderPostedDomainEvent), typeof(OrderLineArrivedDomainEvent), typeof(OrderReserveSetDomainEvent), typeof(OrderAllGoodsInStockDomainEvent)],
            order.DomainEvents.Select(e => e.GetType()));
        Assert.False(order.DomainEvents.OfType<OrderLineArrivedDomainEvent>().Single().OnTime); // a day after the deadline
        Assert.Equal("customer-order.reserve-too-large", Assert.Throws<BusinessRuleValidationException>(() => order.Fill(order.Lines[0].Id, 1m, false, now)).BrokenRule.Code);
    }

    [Theory]
    [InlineData("pcs", 1.5)]
    [InlineData("l", 0.0001)]
    [InlineData("m", 0.0)]
    public void A_line_quantity_the_unit_cannot_hold_is_refused(string unit, double quantity) =>
        Assert.Equal("quantity.invalid", Assert.Throws<BusinessRuleValidationException>(() => CustomerOrder.Draft(
            new CustomerOrderId(Guid.NewGuid()), new CustomerOrderHeader(Guid.NewGuid(), Guid.NewGuid(), new WarehouseId(Guid.NewGuid()), null, null),
            [new OrderLineSpec(new PartId(Guid.NewGuid()), unit, (decimal)quantity, 1m, null)], By.AtUtc)).BrokenRule.Code);
}
