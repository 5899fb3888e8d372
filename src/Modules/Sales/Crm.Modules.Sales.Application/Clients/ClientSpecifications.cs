using Ardalis.Specification;
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

/// <summary>What another object shows of a client, projected in the database by Mapster.</summary>
public sealed record ClientName(ClientId Id, string Name, string? Email, string? Phone);

public sealed class ClientsByIdSpec : Specification<Client>
{
    public ClientsByIdSpec(IReadOnlyCollection<ClientId> ids) => Query.Where(c => ids.Contains(c.Id));
}
