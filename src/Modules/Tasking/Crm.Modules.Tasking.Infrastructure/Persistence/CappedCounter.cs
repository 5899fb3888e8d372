using Ardalis.Specification;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasking.Infrastructure.Persistence;

/// <summary><c>SELECT count(*) FROM (… LIMIT cap + 1)</c>: the database stops counting at the cap.</summary>
internal sealed class CappedCounter(TaskingDbContext db) : ICappedCounter
{
    public async Task<CappedCount> CountAsync<T>(ISpecification<T> specification, CancellationToken cancellationToken)
        where T : class =>
        CappedCount.Of(await SpecificationEvaluator.Default.GetQuery(db.Set<T>(), specification).Take(CappedCount.Cap + 1).CountAsync(cancellationToken));
}
