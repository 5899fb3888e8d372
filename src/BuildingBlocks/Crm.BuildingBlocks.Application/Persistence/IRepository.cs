using Ardalis.Specification;
using Crm.BuildingBlocks.Domain;

namespace Crm.BuildingBlocks.Application.Persistence;

/// <summary>
/// Reads shaped by specifications: Ardalis.Specification's <see cref="IReadRepositoryBase{T}"/>, plus the projections
/// its EF repository offers (ProjectTo…), made here with Mapster's configuration (ADR 0060, ADR 0061). Reads do not
/// track unless the specification says <c>AsTracking()</c>.
/// </summary>
public interface IReadRepository<T> : IReadRepositoryBase<T>
    where T : class
{
    /// <summary>Each match as <typeparamref name="TResult"/>, projected in the database: only the columns it needs are read.</summary>
    Task<List<TResult>> ProjectToListAsync<TResult>(ISpecification<T> specification, CancellationToken cancellationToken = default);

    /// <summary>The first match as <typeparamref name="TResult"/>, projected in the database, or null.</summary>
    Task<TResult?> ProjectToFirstOrDefaultAsync<TResult>(ISpecification<T> specification, CancellationToken cancellationToken = default);
}

/// <summary>
/// Writes go through aggregate roots only. Not Ardalis's <see cref="IRepositoryBase{T}"/>: its AddAsync, UpdateAsync
/// and DeleteAsync save at once, while ours are committed once per request by the unit of work with the outbox (ADR 0005).
/// </summary>
public interface IRepository<T> : IReadRepository<T>
    where T : class, IAggregateRoot
{
    void Add(T aggregate);

    void Remove(T aggregate);

    /// <summary>
    /// Tells the store which version the user saw (e.g. from If-Match): saving then fails as a conflict
    /// when somebody else changed the aggregate since.
    /// </summary>
    void ExpectVersion(T aggregate, int version);
}
