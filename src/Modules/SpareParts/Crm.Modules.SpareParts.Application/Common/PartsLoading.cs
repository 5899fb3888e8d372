using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.SpareParts.Domain.Parts;

namespace Crm.Modules.SpareParts.Application.Common;

/// <summary>The module's documents named by id: 404 when the id is the route's (the thing acted on).</summary>
internal static class PartsLoading
{
    public static Task<Part> GetAsync(this IReadRepository<Part> parts, Guid id, CancellationToken ct) =>
        parts.FirstOrNotFoundAsync(new PartByIdSpec(new PartId(id)), "Part", id, ct);

    public static Task<Part> ForUpdateAsync(this IRepository<Part> parts, Guid id, CancellationToken ct, int? expectedVersion = null) =>
        parts.LoadForUpdateAsync(new PartByIdSpec(new PartId(id), forUpdate: true), "Part", id, ct, expectedVersion);
}

public sealed class PartByIdSpec : Specification<Part>
{
    public PartByIdSpec(PartId id, bool forUpdate = false) => Query.Where(p => p.Id == id).AsTracking(forUpdate);
}
