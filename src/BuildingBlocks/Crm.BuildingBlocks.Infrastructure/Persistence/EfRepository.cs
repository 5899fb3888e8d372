using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Domain;
using Microsoft.EntityFrameworkCore;

namespace Crm.BuildingBlocks.Infrastructure.Persistence;

public class EfReadRepository<TContext, T>(TContext db) : IReadRepository<T>
    where TContext : DbContext
    where T : class
{
    protected TContext Db { get; } = db;

    public Task<T?> FirstOrDefaultAsync(Specification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Db.Set<T>(), specification).FirstOrDefaultAsync(cancellationToken);

    public Task<TResult?> FirstOrDefaultAsync<TResult>(Specification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Db.Set<T>(), specification).FirstOrDefaultAsync(cancellationToken);

    public Task<List<T>> ListAsync(Specification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Db.Set<T>(), specification).ToListAsync(cancellationToken);

    public Task<List<TResult>> ListAsync<TResult>(Specification<T, TResult> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Db.Set<T>(), specification).ToListAsync(cancellationToken);

    public Task<int> CountAsync(Specification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Db.Set<T>(), specification, forCount: true).CountAsync(cancellationToken);

    public Task<bool> AnyAsync(Specification<T> specification, CancellationToken cancellationToken = default) =>
        SpecificationEvaluator.Apply(Db.Set<T>(), specification, forCount: true).AnyAsync(cancellationToken);
}

public sealed class EfRepository<TContext, T>(TContext db) : EfReadRepository<TContext, T>(db), IRepository<T>
    where TContext : DbContext
    where T : class, IAggregateRoot
{
    public void Add(T aggregate) => Db.Set<T>().Add(aggregate);

    public void Remove(T aggregate) => Db.Set<T>().Remove(aggregate);

    public void ExpectVersion(T aggregate, int version) =>
        Db.Entry(aggregate).Property(a => a.Version).OriginalValue = version;
}
