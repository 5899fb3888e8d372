using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Domain.Orders.Rules;
using Xunit;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.Sales.Tests.Domain;

/// <summary>
/// Which statuses a manager or a process may set on an order, given the money received: Paid and PartiallyPaid never
/// by hand; a partially paid order may still wait for the client as the reference process asks (seed 003).
/// </summary>
public sealed class OrderStatusRuleTests
{
    private static readonly DateTime Now = new(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);
    private static readonly Guid Manager = Guid.NewGuid();

    private static Order NewOrder(decimal paid)
    {
        var client = Client.Register(new ClientId(Guid.NewGuid()), 1, "Rita Almeida", new ClientContacts("rita@example.com", null, null), "Europe/Lisbon", [], Now);
        var order = Order.Place(new OrderId(Guid.NewGuid()), 1, client, [new PositionSpec("Brake service", 100m, 1)], new OrderOptions(null, [], null, Manager), Now);
        if (paid > 0)
        {
            order.AddPayment(paid, PaymentMethod.Transfer, Manager, Now);
        }

        return order;
    }

    private static void AssertRefused(Order order, OrderStatus status)
    {
        var before = order.Status;
        var broken = AssertBroken<StatusMustAgreeWithPaymentsRule>(() => order.ChangeStatus(status, Manager, Now));
        Assert.Equal("order.status-follows-payments", broken.Code);
        Assert.Equal(before, order.Status);
    }

    [Theory]
    [InlineData(OrderStatus.InProgress)]
    [InlineData(OrderStatus.AwaitingPayment)]
    [InlineData(OrderStatus.NotConfirmed)]
    [InlineData(OrderStatus.Pending)]
    [InlineData(OrderStatus.False)]
    public void Without_payments_any_status_but_the_paid_ones_may_be_set(OrderStatus status)
    {
        var order = NewOrder(paid: 0);
        order.ChangeStatus(status, Manager, Now);
        Assert.Equal(status, order.Status);
        AssertRefused(NewOrder(paid: 0), OrderStatus.Paid);
        AssertRefused(NewOrder(paid: 0), OrderStatus.PartiallyPaid);
    }

    [Theory]
    [InlineData(OrderStatus.NotConfirmed)] // step 14: the client left no phone
    [InlineData(OrderStatus.Pending)] // steps 17 and 30: no phone after five days, or "do not cancel, call back later"
    public void A_partially_paid_order_may_wait_for_the_client_and_still_counts_as_partially_paid(OrderStatus status)
    {
        var order = NewOrder(paid: 30m);

        order.ChangeStatus(status, Manager, Now);

        Assert.Equal((status, 30m, true), (order.Status, order.PaidAmount, order.IsPartiallyPaid));
    }

    [Theory]
    [InlineData(OrderStatus.New)]
    [InlineData(OrderStatus.InProgress)]
    [InlineData(OrderStatus.AwaitingPayment)]
    [InlineData(OrderStatus.Paid)]
    public void A_partially_paid_order_refuses_statuses_that_hide_the_money_received(OrderStatus status) =>
        AssertRefused(NewOrder(paid: 30m), status);

    [Theory]
    [InlineData(OrderStatus.NotConfirmed)]
    [InlineData(OrderStatus.Pending)]
    [InlineData(OrderStatus.InProgress)]
    [InlineData(OrderStatus.PartiallyPaid)]
    public void A_paid_order_stays_paid_unless_cancelled_or_a_duplicate(OrderStatus status)
    {
        AssertRefused(NewOrder(paid: 100m), status);

        var duplicate = NewOrder(paid: 100m);
        duplicate.ChangeStatus(OrderStatus.False, Manager, Now);
        Assert.Equal(OrderStatus.False, duplicate.Status);
    }

    [Fact]
    public void A_payment_on_an_order_waiting_for_the_client_makes_it_partially_paid_or_paid_again()
    {
        var order = NewOrder(paid: 30m);
        order.ChangeStatus(OrderStatus.Pending, Manager, Now);

        order.AddPayment(20m, PaymentMethod.Cash, Manager, Now);
        Assert.Equal((OrderStatus.PartiallyPaid, 50m), (order.Status, order.PaidAmount));

        order.ChangeStatus(OrderStatus.NotConfirmed, Manager, Now);
        order.AddPayment(50m, PaymentMethod.Cash, Manager, Now);
        Assert.Equal((OrderStatus.Paid, false), (order.Status, order.IsPartiallyPaid));
    }
}
