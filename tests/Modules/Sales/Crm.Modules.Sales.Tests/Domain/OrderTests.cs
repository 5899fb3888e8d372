using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Domain.Orders.Rules;
using Xunit;
using static Crm.Modules.Sales.Tests.Domain.SalesSamples;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.Sales.Tests.Domain;

/// <summary>The order aggregate: its total, the statuses that follow from payments, cancelling, links and closed orders.</summary>
public sealed class OrderTests
{
    [Fact]
    public void A_placed_order_is_new_totals_its_positions_and_tells_whether_the_client_has_a_phone()
    {
        var order = SalesSamples.Order(Rita(phone: "+351 912 345 678"));

        Assert.Equal((OrderStatus.New, 200m, 0m, 200m), (order.Status, order.Total, order.PaidAmount, order.Due));
        Assert.Equal(["spring"], order.Tags.Select(t => t.Name));
        var created = Assert.Single(order.History);
        Assert.Equal((OrderHistoryKind.Created, "Order created for Rita Almeida, total 200.00", Manager), (created.Kind, created.Text, created.EmployeeId!.Value));
        Assert.True(Assert.IsType<OrderPlacedDomainEvent>(Assert.Single(order.DomainEvents)).ClientHasPhone);
    }

    [Fact]
    public void Payments_make_it_partially_paid_then_paid_and_deleting_them_brings_it_back()
    {
        var order = SalesSamples.Order();
        var first = order.AddPayment(50m, PaymentMethod.Cash, Manager, Now);
        Assert.Equal((OrderStatus.PartiallyPaid, 50m, 150m, true), (order.Status, order.PaidAmount, order.Due, order.IsPartiallyPaid));
        Assert.Null(order.PaidAtUtc);

        order.AddPayment(150m, PaymentMethod.Transfer, Manager, Now.AddHours(1));
        Assert.Equal((OrderStatus.Paid, 0m, Now.AddHours(1)), (order.Status, order.Due, order.PaidAtUtc!.Value));

        order.DeletePayment(first.Id, Manager, Now.AddHours(2));
        Assert.Equal((OrderStatus.PartiallyPaid, 150m), (order.Status, order.PaidAmount));
        Assert.Null(order.PaidAtUtc);
        order.DeletePayment(order.Payments.Single().Id, Manager, Now.AddHours(3));
        Assert.Equal((OrderStatus.AwaitingPayment, 0m), (order.Status, order.PaidAmount));
        Assert.Contains(order.History, h => h.Text == "Status: PartiallyPaid → AwaitingPayment (payments 0.00 of 200.00)");
    }

    [Fact]
    public void A_lower_price_can_make_the_money_received_enough()
    {
        var order = SalesSamples.Order();
        order.AddPayment(150m, PaymentMethod.Card, Manager, Now);

        order.ChangePosition(order.Positions[1].Id, 25m, 2, Manager, Now);

        Assert.Equal((150m, OrderStatus.Paid), (order.Total, order.Status));
        Assert.Contains(order.History, h => h.Text == "Oil change: 50.00 × 2 → 25.00 × 2; total 150.00");
    }

    [Fact]
    public void Cancelling_says_why_and_cancelling_again_changes_nothing()
    {
        var order = SalesSamples.Order();
        AssertBroken<CancellationNeedsReasonRule>(() => order.Cancel("  ", Manager, Now));
        AssertBroken<CancellationNeedsReasonRule>(() => order.ChangeStatus(OrderStatus.Cancelled, Manager, Now));
        Assert.Equal(OrderStatus.New, order.Status);

        order.Cancel(" The client will not pay ", Manager, Now);
        order.Cancel("Another reason", Manager, Now);

        Assert.Equal((OrderStatus.Cancelled, "The client will not pay"), (order.Status, order.CancellationReason));
        Assert.Single(order.History, h => h.Kind == OrderHistoryKind.StatusChanged);
    }

    [Fact]
    public void A_cancelled_order_or_a_duplicate_keeps_its_lines_and_sends_no_payment_link()
    {
        var cancelled = SalesSamples.Order();
        cancelled.Cancel("Ordered by mistake", Manager, Now);
        var duplicate = SalesSamples.Order();
        duplicate.MarkDuplicate(Manager, Now);

        foreach (var order in new[] { cancelled, duplicate })
        {
            var rule = AssertBroken<OrderMustBeOpenRule>(() => order.ChangePosition(order.Positions[0].Id, 1m, 1, Manager, Now), BusinessRuleKind.Conflict);
            Assert.Equal("order.closed", rule.Code);
            AssertBroken<OrderMustBeOpenRule>(() => order.SendPaymentLink(10m, Manager, Now), BusinessRuleKind.Conflict);
            Assert.Equal(200m, order.Total);
        }

        Assert.Equal("The order is a duplicate.", new OrderMustBeOpenRule(OrderStatus.False).Message);
    }

    [Fact]
    public void Money_on_a_duplicate_keeps_it_hidden_and_a_cancelled_order_turns_paid_only_when_paid_in_full()
    {
        var duplicate = SalesSamples.Order();
        duplicate.MarkDuplicate(Manager, Now);
        duplicate.AddPayment(200m, PaymentMethod.Cash, Manager, Now);
        Assert.Equal(OrderStatus.False, duplicate.Status);

        var cancelled = SalesSamples.Order();
        cancelled.Cancel("Too expensive", Manager, Now);
        cancelled.AddPayment(20m, PaymentMethod.Cash, Manager, Now);
        Assert.Equal(OrderStatus.Cancelled, cancelled.Status);
        cancelled.AddPayment(180m, PaymentMethod.Cash, Manager, Now);
        Assert.Equal(OrderStatus.Paid, cancelled.Status);
    }

    [Fact]
    public void A_payment_link_asks_for_more_than_nothing_and_no_more_than_is_due()
    {
        var order = SalesSamples.Order();
        order.AddPayment(150m, PaymentMethod.Cash, Manager, Now);

        Assert.Equal("order.link-amount-exceeds-due", AssertBroken<LinkAmountMustBeDueRule>(() => order.SendPaymentLink(0m, Manager, Now)).Code);
        Assert.Equal("Only 50.00 is due.", AssertBroken<LinkAmountMustBeDueRule>(() => order.SendPaymentLink(50.01m, Manager, Now)).Message);
        order.SendPaymentLink(50m, Manager, Now);
        Assert.Equal("Payment link for 50.00 sent", order.History[^1].Text);

        order.AddPayment(50m, PaymentMethod.Cash, Manager, Now);
        Assert.Equal("order.nothing-due", AssertBroken<LinkAmountMustBeDueRule>(() => order.SendPaymentLink(1m, Manager, Now), BusinessRuleKind.Conflict).Code);
    }

    [Fact]
    public void A_provider_payment_and_a_payment_link_pay_once()
    {
        var order = SalesSamples.Order();
        var link = Guid.NewGuid();
        order.RecordProviderPayment(50m, "pi_1", link, Now);

        AssertBroken<PaymentRecordedOnceRule>(() => order.RecordProviderPayment(50m, "pi_1", Guid.NewGuid(), Now), BusinessRuleKind.Conflict);
        AssertBroken<PaymentRecordedOnceRule>(() => order.RecordProviderPayment(50m, "pi_2", link, Now), BusinessRuleKind.Conflict);

        Assert.Equal((50m, PaymentMethod.Card, (Guid?)null), (order.PaidAmount, order.Payments.Single().Method, order.Payments.Single().RecordedBy));
    }

    [Fact]
    public void Setting_the_same_status_or_manager_again_records_nothing()
    {
        var order = SalesSamples.Order();
        order.ChangeStatus(OrderStatus.New, Manager, Now);
        order.AssignManager(Manager, Manager, Now);
        Assert.Single(order.History);

        var other = Guid.NewGuid();
        order.AssignManager(other, Manager, Now);
        Assert.Equal((other, $"Manager: {other}"), (order.ManagerId!.Value, order.History[^1].Text));
        Assert.IsType<OrderManagerAssignedDomainEvent>(order.DomainEvents.Last());
    }
}
