using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Sales.Application.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Sales.Infrastructure.Persistence;

/// <summary>
/// Numbers from counter rows advanced by one atomic UPDATE (<see cref="CounterRows"/>), outside the request's
/// transaction so the row lock lasts one statement; a failed save leaves a harmless gap.
/// </summary>
internal sealed class SalesNumbers(IServiceScopeFactory scopes) : ISalesNumbers
{
    public Task<long> NextClientNumberAsync(CancellationToken cancellationToken) => NextAsync(SalesSequence.ClientNumber, cancellationToken);

    public Task<long> NextOrderNumberAsync(CancellationToken cancellationToken) => NextAsync(SalesSequence.OrderNumber, cancellationToken);

    private async Task<long> NextAsync(string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SalesDbContext>();
        var sql = CounterRows.NextSql(db, db.Table<SalesSequence>());
        var values = await db.Database.SqlQueryRaw<long>(sql, name).ToListAsync(cancellationToken);
        return values.Count == 1 ? values[0] : throw new InvalidOperationException($"The sequence row '{name}' is missing; were migrations applied?");
    }
}
