using Crm.Modules.Processes.Contracts;

namespace Crm.Modules.Sales.Application.Processes;

/// <summary>The actions Sales performs for processes, announced on every start-up (ActionsOffered).</summary>
public static class SalesActionCatalog
{
    public const string SetOrderStatus = "set-order-status";
    public const string AssignManager = "assign-manager";
    public const string MarkDuplicate = "mark-duplicate";
    public const string CancelOrder = "cancel-order";
    public const string SendMessage = "send-message";
    public const string CreateRenewalOrder = "create-renewal-order";
    public const string ForgetWrongPhone = "forget-wrong-phone";

    public static ActionsOfferedIntegrationEvent Offer() => new(SalesFacts.Module,
    [
        new(SetOrderStatus, SalesFacts.Order, "Set the order's status (New, InProgress, AwaitingPayment, NotConfirmed, Pending, Cancelled, False); Paid follows payments", ["status", "reason"]),
        new(AssignManager, SalesFacts.Order, "Make the employee who answered the latest task (or manager-id) the order's manager", ["manager-id"]),
        new(MarkDuplicate, SalesFacts.Order, "Mark the order as a duplicate (status False): hidden from lists and statistics", []),
        new(CancelOrder, SalesFacts.Order, "Cancel the order with a reason", ["reason"]),
        new(SendMessage, SalesFacts.Order, "Send the order's client a message; channel Email, Sms or Telegram; text and subject may use {client.name}, {order.number}, {order.due}…", ["channel", "subject", "text"]),
        new(SendMessage, SalesFacts.Client, "Send the client a message; channel Email, Sms or Telegram; text may use {client.name}…", ["channel", "subject", "text"]),
        new(ForgetWrongPhone, SalesFacts.Order, "The client's phone turned out wrong: remove it from the card, so waiting for a phone waits for a new one", []),
        new(CreateRenewalOrder, SalesFacts.Purchase, "Create the order that renews the purchase", []),
    ]);
}
