using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Domain.SavedFilters;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Application.SavedFilters;

/// <summary>One employee's filters, by name; or one of them by id. Nobody reads another's filters.</summary>
public sealed class SavedFiltersOfSpec : Specification<SavedFilter>
{
    public SavedFiltersOfSpec(EmployeeId owner, SavedFilterId? id = null, bool forUpdate = false)
    {
        Query.Where(f => f.OwnerId == owner).Where(f => f.Id == id, id is not null).OrderBy(f => f.Name);
        if (forUpdate)
        {
            Query.AsTracking();
        }
    }
}

/// <summary>Does the owner keep another filter (not the one being renamed, when given) with this name?</summary>
public sealed class SavedFilterNamedSpec : Specification<SavedFilter>
{
    public SavedFilterNamedSpec(EmployeeId owner, string name, SavedFilterId? except)
    {
        var trimmed = name.Trim();
        Query.Where(f => f.OwnerId == owner && f.Name == trimmed).Where(f => f.Id != except, except is not null);
    }
}

public static class SavedFilterRepositoryExtensions
{
    /// <summary>The signed-in employee's filter with this id; anybody else's is 404, as if it did not exist.</summary>
    public static async Task<SavedFilter> MineAsync(
        this IReadRepository<SavedFilter> filters, StaffMember me, Guid id, bool forUpdate, CancellationToken cancellationToken)
    {
        var owner = me.Id;
        return await filters.FirstOrDefaultAsync(new SavedFiltersOfSpec(owner, new SavedFilterId(id), forUpdate), cancellationToken)
            ?? throw new NotFoundException("Saved filter", id);
    }
}
