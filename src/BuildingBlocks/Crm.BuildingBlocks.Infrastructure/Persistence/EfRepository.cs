using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Domain;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Ardalis's read repository over a module's DbContext, evaluated by our <see cref="SpecificationEvaluator"/>;
/// projections go through Mapster's <c>ProjectToType</c> with the host's one configuration (ADR 0061).
/// </summary>
public class EfReadRepository<TContext, T>(TContext db, TypeAdapterConfig mapping) : IReadRepository<T>
    where TContext : DbContext
    where T : class
{
    protected TContext Db { get; } = db;

    public async Task<T?> GetByIdAsync<TId>(TId id, CancellationToken cancellationToken = default)
        where TId : notnull =>
        await Db.Set<T>().FindAsync([id], cancellationToken);

    public Task<T?> FirstOrDefaultAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Query(specification).FirstOrDefaultAsync(cancellationToken);

    public Task<T?> SingleOrDefaultAsync(ISingleResultSpecification<T> specification, CancellationToken cancellationToken = default) =>
        Query(specification).SingleOrDefaultAsync(cancellationToken);

    public Task<TResult?> SingleOrDefaultAsync<TResult>(ISingleResultSpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        Query(specification).SingleOrDefaultAsync(cancellationToken);

    public Task<List<T>> ListAsync(CancellationToken cancellationToken = default) => Db.Set<T>().AsNoTracking().ToListAsync(cancellationToken);

    public async Task<List<T>> ListAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        PostProcess(specification.PostProcessingAction, await Query(specification).ToListAsync(cancellationToken));

    public async Task<List<TResult>> ListAsync<TResult>(ISpecification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        PostProcess(specification.PostProcessingAction, await Query(specification).ToListAsync(cancellationToken));

    public Task<int> CountAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Default.GetQuery(Db.Set<T>(), specification, evaluateCriteriaOnly: true).CountAsync(cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Db.Set<T>().CountAsync(cancellationToken);

    public Task<bool> AnyAsync(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Default.GetQuery(Db.Set<T>(), specification, evaluateCriteriaOnly: true).AnyAsync(cancellationToken);

    public Task<bool> AnyAsync(CancellationToken cancellationToken = default) => Db.Set<T>().AnyAsync(cancellationToken);

    public IAsyncEnumerable<T> AsAsyncEnumerable(ISpecification<T> specification) => Query(specification).AsAsyncEnumerable();

    public Task<List<TResult>> ProjectToListAsync<TResult>(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Project<TResult>(specification).ToListAsync(cancellationToken);

    public Task<TResult?> ProjectToFirstOrDefaultAsync<TResult>(ISpecification<T> specification, CancellationToken cancellationToken = default) =>
        Project<TResult>(specification).FirstOrDefaultAsync(cancellationToken);

    private IQueryable<T> Query(ISpecification<T> specification) => SpecificationEvaluator.Default.GetQuery(Db.Set<T>(), specification);

    private IQueryable<TResult> Project<TResult>(ISpecification<T> specification) =>
        RowNullChecks.Remove(Query(specification).ProjectToType<TResult>(mapping));

    private IQueryable<TResult> Query<TResult>(ISpecification<T, TResult> specification) => SpecificationEvaluator.Default.GetQuery(Db.Set<T>(), specification);

    private static List<TItem> PostProcess<TItem>(Func<IEnumerable<TItem>, IEnumerable<TItem>>? action, List<TItem> items) =>
        action is null ? items : action(items).ToList();
}

public sealed class EfRepository<TContext, T>(TContext db, TypeAdapterConfig mapping) : EfReadRepository<TContext, T>(db, mapping), IRepository<T>
    where TContext : DbContext
    where T : class, IAggregateRoot
{
    public void Add(T aggregate) => Db.Set<T>().Add(aggregate);

    public void Remove(T aggregate) => Db.Set<T>().Remove(aggregate);

    public void ExpectVersion(T aggregate, int version) =>
        Db.Entry(aggregate).Property(a => a.Version).OriginalValue = version;
}
