using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Sales.Domain.Clients;

namespace Crm.Modules.Sales.Application.Clients;

public sealed class ClientByIdSpec : Specification<Client>
{
    public ClientByIdSpec(ClientId id, bool forUpdate = false)
    {
        Query.Where(c => c.Id == id);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

public sealed class ClientByEmailSpec : Specification<Client>
{
    public ClientByEmailSpec(string email, bool forUpdate = false)
    {
        var normalized = Client.NormalizeEmail(email);
        Query.Where(c => c.Email == normalized);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

public sealed class ClientsByExactNameSpec : Specification<Client>
{
    public ClientsByExactNameSpec(string name)
    {
        var trimmed = name.Trim();
        Query.Where(c => c.Name == trimmed).Take(2);
    }
}

public sealed record ClientName(ClientId Id, string Name, string? Email, string? Phone);

public sealed class ClientNamesSpec : Specification<Client, ClientName>
{
    public ClientNamesSpec(IReadOnlyCollection<ClientId> ids)
    {
        Query.Where(c => ids.Contains(c.Id));
        Query.Select(c => new ClientName(c.Id, c.Name, c.Email, c.Phone));
    }
}
