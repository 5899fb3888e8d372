using Crm.BuildingBlocks.Application.Specifications;
using Crm.BuildingBlocks.Domain;

namespace Crm.BuildingBlocks.Application.Persistence;

/// <summary>Reads shaped by specifications, shaped like Ardalis.Specification's IReadRepositoryBase.</summary>
public interface IReadRepository<T>
    where T : class
{
    Task<T?> FirstOrDefaultAsync(Specification<T> specification, CancellationToken cancellationToken = default);

    Task<TResult?> FirstOrDefaultAsync<TResult>(Specification<T, TResult> specification, CancellationToken cancellationToken = default);

    Task<List<T>> ListAsync(Specification<T> specification, CancellationToken cancellationToken = default);

    Task<List<TResult>> ListAsync<TResult>(Specification<T, TResult> specification, CancellationToken cancellationToken = default);

    Task<int> CountAsync(Specification<T> specification, CancellationToken cancellationToken = default);

    Task<bool> AnyAsync(Specification<T> specification, CancellationToken cancellationToken = default);
}

/// <summary>Writes go through aggregate roots only.</summary>
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
