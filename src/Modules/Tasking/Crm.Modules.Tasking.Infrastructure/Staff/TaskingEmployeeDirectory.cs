using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasking.Infrastructure.Staff;

/// <summary>Staff live in Tasking; the host's development-token endpoint and other modules (who may start a process, who holds a task) find employees through this.</summary>
internal sealed class TaskingEmployeeDirectory(TaskingDbContext db) : IEmployeeDirectory
{
    public async Task<EmployeeIdentity?> FindAsync(Guid? id, CancellationToken cancellationToken)
    {
        var employees = db.Employees.AsNoTracking();
        var chosen = id is { } value
            ? employees.Where(e => e.Id == new Domain.Staff.EmployeeId(value))
            : employees.OrderByDescending(e => e.IsAdministrator).ThenBy(e => e.Name);
        // Only what other modules may know, in one query: a whole employee would bring the absences too, and read
        // each owned collection by a query of its own (asked on every manual start, ADR 0038).
        var found = await chosen.AsSingleQuery()
            .Select(e => new { e.Id, e.Name, e.TimeZoneId, e.IsAdministrator, e.DepartmentId, Positions = e.Positions.Select(p => p.PositionId).ToList() })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new EmployeeIdentity(found.Id.Value, found.Name, found.TimeZoneId, found.IsAdministrator)
            {
                PositionIds = found.Positions.Select(p => p.Value).ToList(),
                DepartmentId = found.DepartmentId?.Value,
            };
    }

    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        var keys = ids.Select(id => new Domain.Staff.EmployeeId(id)).ToList();
        var found = await db.Employees.Where(e => keys.Contains(e.Id)).Select(e => new { e.Id, e.Name }).ToListAsync(cancellationToken);
        return found.ToDictionary(e => e.Id.Value, e => e.Name); // a projection: the owned collections stay unread
    }
}
