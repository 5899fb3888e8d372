using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Clients;

namespace Crm.Modules.Sales.Application.Clients;

/// <summary>Finds a client the way a manager names one: by id, by e-mail, or by an unambiguous name.</summary>
public sealed class ClientLookup(IRepository<Client> clients)
{
    public async Task<Client> FindAsync(Guid? id, string? email, string? name, bool forUpdate, CancellationToken cancellationToken)
    {
        if (id is { } clientId)
        {
            return await clients.FirstOrDefaultAsync(new ClientByIdSpec(new ClientId(clientId), forUpdate), cancellationToken)
                ?? throw new NotFoundException("Client", clientId);
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            return await clients.FirstOrDefaultAsync(new ClientByEmailSpec(email, forUpdate), cancellationToken)
                ?? throw new NotFoundException("Client", email);
        }

        var named = await clients.ListAsync(new ClientsByExactNameSpec(name ?? string.Empty), cancellationToken);
        return named.Count switch
        {
            0 => throw new NotFoundException("Client", name ?? string.Empty),
            1 => forUpdate ? await FindAsync(named[0].Id.Value, null, null, true, cancellationToken) : named[0],
            _ => throw new InvalidFieldException("clientName", "Several clients have this name: give the e-mail or the id."),
        };
    }

    public Task<Client> GetAsync(Guid id, bool forUpdate, CancellationToken cancellationToken) =>
        FindAsync(id, null, null, forUpdate, cancellationToken);
}
