using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Domain;

namespace Crm.BuildingBlocks.Application.Persistence;

/// <summary>
/// The one home of "load it or 404": every use case that names an aggregate by id reads it through these, so the
/// answer for an unknown id (<see cref="NotFoundException"/>) and the If-Match check are the same everywhere.
/// </summary>
public static class RepositoryLoading
{
    /// <summary>The first row <paramref name="specification"/> finds; 404 "<paramref name="what"/> '<paramref name="id"/>' was not found" when none.</summary>
    public static async Task<T> FirstOrNotFoundAsync<T>(
        this IReadRepository<T> repository, ISpecification<T> specification, string what, object id, CancellationToken cancellationToken)
        where T : class =>
        await repository.FirstOrDefaultAsync(specification, cancellationToken).OrNotFound(what, id);

    /// <summary>The same answer for a lookup that is not a repository's (e.g. a store's own query): null becomes 404.</summary>
    public static async Task<T> OrNotFound<T>(this Task<T?> lookup, string what, object id)
        where T : class =>
        await lookup ?? throw new NotFoundException(what, id);

    /// <summary>
    /// An aggregate loaded to be changed: 404 when missing; with <paramref name="expectedVersion"/> (the version the
    /// user saw), saving fails as a conflict when somebody changed it since.
    /// </summary>
    /// <exception cref="InvalidOperationException">The specification does not track: the change would never be saved.</exception>
    public static async Task<T> LoadForUpdateAsync<T>(
        this IRepository<T> repository, ISpecification<T> specification, string what, object id, CancellationToken cancellationToken, int? expectedVersion = null)
        where T : class, IAggregateRoot
    {
        if (!specification.AsTracking)
        {
            throw new InvalidOperationException($"{specification.GetType().Name} reads without tracking: load an aggregate for update with its forUpdate form.");
        }

        var aggregate = await repository.FirstOrNotFoundAsync(specification, what, id, cancellationToken);
        if (expectedVersion is { } version)
        {
            repository.ExpectVersion(aggregate, version);
        }

        return aggregate;
    }
}
