using Crm.BuildingBlocks.Domain;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Sales.Domain.Messages.Rules;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Domain.Purchases;
using Crm.Modules.Sales.Domain.Purchases.Rules;
using Xunit;
using static Crm.Modules.Sales.Tests.Domain.SalesSamples;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.Sales.Tests.Domain;

/// <summary>What a paid order gives (purchases, renewed once) and messages to clients (a recipient, retries).</summary>
public sealed class PurchaseAndMessageTests
{
    [Fact]
    public void A_purchase_takes_its_position_and_access_end_from_the_order_and_access_can_be_forbidden()
    {
        var order = SalesSamples.Order(accessEnds: Now.AddDays(30));
        var purchase = Purchase.IssueFor(order, order.Positions[1], Now);

        Assert.Equal(("Oil change", 50m, 2, Manager), (purchase.Offer, purchase.Price, purchase.Quantity, purchase.ResponsibleEmployeeId!.Value));
        Assert.True(purchase.GivesAccessAt(Now.AddDays(29)));
        Assert.False(purchase.GivesAccessAt(Now.AddDays(30)));

        purchase.ClearDomainEvents();
        purchase.ForbidAccess(Now);
        purchase.ForbidAccess(Now);
        Assert.False(purchase.GivesAccessAt(Now));
        Assert.Single(purchase.DomainEvents);
    }

    [Fact]
    public void A_purchase_is_renewed_by_one_order_only()
    {
        var order = SalesSamples.Order();
        var purchase = Purchase.IssueFor(order, order.Positions[0], Now);
        var renewal = new OrderId(Guid.NewGuid());
        purchase.Renew(renewal, Now);
        Assert.Equal((renewal, RenewalStatus.WillRenew), (purchase.RenewalOrderId!.Value, purchase.RenewalStatus));

        var rule = AssertBroken<RenewalOrderOnceRule>(() => purchase.Renew(new OrderId(Guid.NewGuid()), Now), BusinessRuleKind.Conflict);
        Assert.Equal(("purchase.renewal-order-exists", renewal), (rule.Code, purchase.RenewalOrderId!.Value));
        Assert.Contains(renewal.Value.ToString(), rule.Message);
    }

    [Theory]
    [InlineData(MessageChannel.Email, "The client has no e-mail.")]
    [InlineData(MessageChannel.Sms, "The client has no phone.")]
    [InlineData(MessageChannel.Telegram, "The client has no Telegram account.")]
    public void A_message_needs_an_address_on_its_channel(MessageChannel channel, string message)
    {
        var rule = AssertBroken<MessageNeedsRecipientRule>(() => ClientMessage.Write(Rita().Id, null, channel, " ", null, "Hello", Manager, Now));
        Assert.Equal(("message.no-recipient", message), (rule.Code, rule.Message));
    }

    [Fact]
    public void A_failed_message_is_retried_with_back_off_until_the_policy_gives_up()
    {
        var message = ClientMessage.Write(Rita().Id, null, MessageChannel.Email, "rita@example.com", " ", "Your order", Manager, Now);
        Assert.Equal((MessageStatus.Pending, (string?)null, Now), (message.Status, message.Subject, message.NextAttemptAtUtc));
        var retries = new RetryPolicy(2, TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

        message.MarkAttemptFailed("timeout", Now, retries);
        Assert.Equal((MessageStatus.Pending, 1, Now + retries.DelayAfter(1), "timeout"), (message.Status, message.Attempts, message.NextAttemptAtUtc, message.LastError));

        message.MarkAttemptFailed("timeout again", Now.AddMinutes(1), retries);
        Assert.Equal((MessageStatus.Failed, 2), (message.Status, message.Attempts));
    }
}
