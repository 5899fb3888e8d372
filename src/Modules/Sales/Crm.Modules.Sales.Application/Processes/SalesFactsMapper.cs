using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Domain.Purchases;

namespace Crm.Modules.Sales.Application.Processes;

/// <summary>
/// What Sales tells processes: facts about clients, orders and purchases as they are at commit, with the name
/// of what happened. Object types "client", "order", "purchase" (ADR 0016 lists the facts).
/// </summary>
internal sealed class SalesFactsMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        ClientRegisteredDomainEvent e => Facts(e.Client, FactsReportedIntegrationEvent.Created),
        ClientContactsChangedDomainEvent e => Facts(e.Client, SalesFacts.ContactsChanged),
        ClientRenamedDomainEvent e => Facts(e.Client, SalesFacts.Changed),
        ClientVisitedPageDomainEvent e => Facts(e.Client, SalesFacts.PageVisited, new Dictionary<string, string?> { ["url"] = e.Url, ["query"] = e.Query }),
        OrderPlacedDomainEvent e => Facts(e.Order, FactsReportedIntegrationEvent.Created, e.ClientHasPhone),
        OrderClientContactsChangedDomainEvent e => Facts(e.Order, SalesFacts.ClientContactsChanged, e.ClientHasPhone),
        OrderStatusChangedDomainEvent e => Facts(e.Order, e.Order.Status switch
        {
            OrderStatus.Cancelled => SalesFacts.Cancelled,
            OrderStatus.False => SalesFacts.MarkedDuplicate,
            _ => SalesFacts.StatusChanged,
        }),
        OrderPaymentsChangedDomainEvent e => Facts(e.Order, e.Order.Status switch
        {
            OrderStatus.Paid => SalesFacts.Paid,
            OrderStatus.PartiallyPaid => SalesFacts.PartiallyPaid,
            _ => SalesFacts.PaymentsChanged,
        }),
        OrderManagerAssignedDomainEvent e => Facts(e.Order, SalesFacts.ManagerAssigned),
        OrderDetailsChangedDomainEvent e => Facts(e.Order, SalesFacts.Changed),
        PurchaseIssuedDomainEvent e => Facts(e.Purchase, FactsReportedIntegrationEvent.Created),
        PurchaseChangedDomainEvent e => Facts(e.Purchase, SalesFacts.Changed),
        _ => null,
    };

    private static FactsReportedIntegrationEvent Facts(Client c, string @event, IReadOnlyDictionary<string, string?>? parameters = null) =>
        new(new ObjectReference(SalesFacts.Client, c.Id.Value.ToString()), @event, new Dictionary<string, object?>
        {
            ["name"] = c.Name,
            ["email"] = c.Email,
            ["phone"] = c.Phone,
            ["has-phone"] = c.HasPhone,
            ["has-email"] = c.Email is not null,
            ["time-zone"] = c.TimeZoneId,
            ["tags"] = string.Join(",", c.Tags.Select(t => t.Name)),
        }, parameters);

    private static FactsReportedIntegrationEvent Facts(Order o, string @event, bool? clientHasPhone = null)
    {
        var facts = new Dictionary<string, object?>
        {
            ["number"] = (decimal)o.Number,
            ["status"] = o.Status.ToString(),
            ["total"] = o.Total,
            ["paid-amount"] = o.PaidAmount,
            ["due"] = o.Due,
            ["paid"] = o.Status == OrderStatus.Paid,
            ["partially-paid"] = o.IsPartiallyPaid, // money, not the status: a partially paid order may wait for the client
            ["cancelled"] = o.Status == OrderStatus.Cancelled,
            ["duplicate"] = o.Status == OrderStatus.False,
            ["cancellation-reason"] = o.CancellationReason,
            ["client.id"] = o.ClientId.Value.ToString(),
            ["manager.id"] = o.ManagerId?.ToString(),
            ["access-ends-at"] = o.AccessEndsAtUtc,
            ["tags"] = string.Join(",", o.Tags.Select(t => t.Name)),
        };
        if (clientHasPhone is { } hasPhone)
        {
            facts["client.has-phone"] = hasPhone;
        }

        return new(new ObjectReference(SalesFacts.Order, o.Id.Value.ToString()), @event, facts);
    }

    private static FactsReportedIntegrationEvent Facts(Purchase p, string @event) =>
        new(new ObjectReference(SalesFacts.Purchase, p.Id.Value.ToString()), @event, new Dictionary<string, object?>
        {
            ["offer"] = p.Offer,
            ["status"] = p.Status.ToString(),
            ["starts-at"] = p.StartsAtUtc,
            ["ends-at"] = p.EndsAtUtc,
            ["renewal-status"] = p.RenewalStatus.ToString(),
            ["client.id"] = p.ClientId.Value.ToString(),
            ["order.id"] = p.OrderId.Value.ToString(),
            ["responsible.id"] = p.ResponsibleEmployeeId?.ToString(),
        });
}

/// <summary>The names Sales publishes: object types and event names processes can start or wait on.</summary>
public static class SalesFacts
{
    public const string Module = "sales";
    public const string Client = "client";
    public const string Order = "order";
    public const string Purchase = "purchase";

    public const string ContactsChanged = "contacts-changed";
    public const string ClientContactsChanged = "client-contacts-changed";
    public const string PageVisited = "page-visited";
    public const string StatusChanged = "status-changed";
    public const string Cancelled = "cancelled";
    public const string MarkedDuplicate = "marked-duplicate";
    public const string Paid = "paid";
    public const string PartiallyPaid = "partially-paid";
    public const string PaymentsChanged = "payments-changed";
    public const string ManagerAssigned = "manager-assigned";
    public const string Changed = "changed";
}
