using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Domain.Clients;

namespace Crm.Modules.Sales.Application.Clients;

/// <summary>Finds a client the way a manager names one: by id, by e-mail, or by an unambiguous name.</summary>
public sealed class ClientLookup(IRepository<Client> clients)
{
    public const string What = "Client";

    public async Task<Client> FindAsync(Guid? id, string? email, string? name, bool forUpdate, CancellationToken cancellationToken)
    {
        if (id is { } clientId)
        {
            return await clients.FirstOrNotFoundAsync(new ClientByIdSpec(new ClientId(clientId), forUpdate), What, clientId, cancellationToken);
        }

        if (!string.IsNullOrWhiteSpace(email))
        {
            return await clients.FirstOrNotFoundAsync(new ClientByEmailSpec(email, forUpdate), What, email, cancellationToken);
        }

        var named = await FindByNameAsync(name ?? string.Empty, cancellationToken).OrNotFound(What, name ?? string.Empty);
        return forUpdate ? await FindAsync(named.Id.Value, null, null, true, cancellationToken) : named;
    }

    /// <summary>The one client with exactly this name, or null when nobody has it; 400 on <c>clientName</c> when several have.</summary>
    public async Task<Client?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        var named = await clients.ListAsync(new ClientsByExactNameSpec(name), cancellationToken);
        return named.Count switch
        {
            0 => null,
            1 => named[0],
            _ => throw new InvalidFieldException("clientName", "Several clients have this name: give the e-mail or the id."),
        };
    }

    public Task<Client> GetAsync(Guid id, bool forUpdate, CancellationToken cancellationToken) =>
        FindAsync(id, null, null, forUpdate, cancellationToken);
}
