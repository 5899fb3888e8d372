using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Sales.Application.Clients;
using Crm.Modules.Sales.Domain.Clients;

namespace Crm.Modules.Sales.Application.Orders;

/// <summary>Order rows as the list and the board show them: with their clients' names, read in one query.</summary>
internal static class OrderSummaries
{
    public static async Task<List<OrderSummaryDto>> NamedAsync(this IReadRepository<Client> clients, List<OrderRow> rows, CancellationToken cancellationToken)
    {
        var ids = rows.Select(r => r.ClientId).Distinct().ToList();
        var names = ids.Count == 0 ? [] : (await clients.ProjectToListAsync<ClientName>(new ClientsByIdSpec(ids), cancellationToken)).ToDictionary(c => c.Id, c => c.Name);
        return rows.Select(r => r.ToDto(names.GetValueOrDefault(r.ClientId))).ToList();
    }
}
