using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Application.Messages;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Application.Purchases;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Messages;
using Crm.Modules.Sales.Domain.Orders;
using Crm.Modules.Sales.Domain.Purchases;

namespace Crm.Modules.Sales.Application.Processes;

/// <summary>One method per offered action; each calls the same aggregate methods a manager's request does.</summary>
public sealed class SalesActionPerformer(
    IRepository<Order> orders, IRepository<Purchase> purchases, MessageWriter messages, PurchaseRenewal renewal, ClientLookup clients,
    ClientContactsChange contacts, TimeProvider clock)
{
    public async Task PerformAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var by = request.ActingEmployeeId;
        switch (request.Action)
        {
            case SalesActionCatalog.SetOrderStatus:
                OrderStatusChange.Apply(await OrderAsync(request, cancellationToken), Enum.Parse<OrderStatus>(Required(request, "status"), true), Parameter(request, "reason"), by, now);
                break;
            case SalesActionCatalog.AssignManager:
                var manager = Parameter(request, "manager-id") is { } id ? Guid.Parse(id) : by ?? throw new InvalidFieldException("manager-id", "Nobody answered a task yet: give manager-id.");
                (await OrderAsync(request, cancellationToken)).AssignManager(manager, by, now);
                break;
            case SalesActionCatalog.MarkDuplicate:
                (await OrderAsync(request, cancellationToken)).MarkDuplicate(by, now);
                break;
            case SalesActionCatalog.CancelOrder:
                (await OrderAsync(request, cancellationToken)).Cancel(Parameter(request, "reason"), by, now);
                break;
            case SalesActionCatalog.SendMessage:
                await SendMessageAsync(request, cancellationToken);
                break;
            case SalesActionCatalog.ForgetWrongPhone:
                var client = await clients.GetAsync((await OrderAsync(request, cancellationToken)).ClientId.Value, forUpdate: true, cancellationToken);
                await contacts.ApplyAsync(client, client.Contacts with { Phone = null }, by, now, cancellationToken);
                break;
            case SalesActionCatalog.CreateRenewalOrder:
                await renewal.RenewAsync(await purchases.ForUpdateAsync(Id(request), cancellationToken), by, cancellationToken);
                break;
            default:
                throw new InvalidFieldException("action", $"Sales does not offer '{request.Action}'.");
        }
    }

    private async Task SendMessageAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken)
    {
        var channel = Enum.Parse<MessageChannel>(Parameter(request, "channel") ?? nameof(MessageChannel.Email), true);
        var order = request.Subject.Type == SalesFacts.Order ? await OrderAsync(request, cancellationToken) : null;
        var clientId = order?.ClientId ?? new ClientId(Id(request));
        await messages.WriteAsync(clientId, order, channel, Parameter(request, "subject"), Required(request, "text"), request.ActingEmployeeId, cancellationToken);
    }

    private async Task<Order> OrderAsync(ActionRequestedIntegrationEvent request, CancellationToken cancellationToken) =>
        request.Subject.Type == SalesFacts.Order
            ? await orders.ForUpdateAsync(Id(request), cancellationToken)
            : throw new InvalidFieldException("subject", $"'{request.Action}' works on orders, not on {request.Subject.Type}.");

    private static Guid Id(ActionRequestedIntegrationEvent request) =>
        Guid.TryParse(request.Subject.Id, out var id) ? id : throw new NotFoundException(request.Subject.Type, request.Subject.Id);

    private static string? Parameter(ActionRequestedIntegrationEvent request, string name) =>
        request.Parameters.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static string Required(ActionRequestedIntegrationEvent request, string name) =>
        Parameter(request, name) ?? throw new InvalidFieldException(name, $"'{request.Action}' needs the parameter '{name}'.");
}
