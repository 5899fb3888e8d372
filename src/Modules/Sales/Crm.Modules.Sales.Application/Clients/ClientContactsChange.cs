using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;

namespace Crm.Modules.Sales.Application.Clients;

/// <summary>
/// A client's contacts change (by a manager, or by a process dropping a wrong number): the client's open orders
/// learn whether the client can now be called, so processes waiting for a phone wake up.
/// </summary>
public sealed class ClientContactsChange(IRepository<Order> orders)
{
    public async Task ApplyAsync(Client client, ClientContacts contacts, Guid? by, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (client.ChangeContacts(contacts, by, nowUtc))
        {
            foreach (var order in await orders.ListAsync(new OpenOrdersOfClientSpec(client.Id), cancellationToken))
            {
                order.NoteClientContacts(client.HasPhone, nowUtc);
            }
        }
    }
}
