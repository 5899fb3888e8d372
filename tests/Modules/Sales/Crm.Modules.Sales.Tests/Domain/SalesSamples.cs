using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Sales.Domain.Orders;

namespace Crm.Modules.Sales.Tests.Domain;

/// <summary>A client and orders built in memory, for the domain tests (no host, no database).</summary>
internal static class SalesSamples
{
    public static readonly DateTime Now = new(2026, 11, 22, 9, 0, 0, DateTimeKind.Utc);
    public static readonly Guid Manager = Guid.NewGuid();

    public static Client Rita(string? phone = null) =>
        Client.Register(new ClientId(Guid.NewGuid()), 1, "Rita Almeida", new ClientContacts("rita@example.com", phone, null), "Europe/Lisbon", [], Now);

    /// <summary>A brake service (100.00) and two oil changes (50.00 each): 200.00 in all.</summary>
    public static Order Order(Client? client = null, DateTime? accessEnds = null) =>
        Crm.Modules.Sales.Domain.Orders.Order.Place(new OrderId(Guid.NewGuid()), 7, client ?? Rita(),
            [new PositionSpec("Brake service", 100m, 1), new PositionSpec("Oil change", 50m, 2)], new OrderOptions(Manager, ["spring"], accessEnds, Manager), Now);
}
