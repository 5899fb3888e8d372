using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Infrastructure.Web;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Modules.Tasking.Infrastructure.Staff;

/// <summary>
/// Staff live in Tasking; the platform's authorization and development token ask here who a token's subject is.
/// Read from Tasking's own tables, not from a copy: hired or dismissed a moment ago counts at once (ADR 0059).
/// </summary>
internal sealed class TaskingStaffRoster(TaskingDbContext db) : IStaffRoster
{
    /// <summary>Names the lookup in the SQL log: an operator tells the per-request lookup from other reads of the staff.</summary>
    public const string QueryTag = "staff roster";

    public async Task<EmployeeIdentity?> FindAsync(Guid? id, CancellationToken cancellationToken)
    {
        var employees = db.Employees.AsNoTracking().Where(e => e.DismissedAtUtc == null);
        var chosen = id is { } value
            ? employees.Where(e => e.Id == new Domain.Staff.EmployeeId(value))
            : employees.OrderByDescending(e => e.IsAdministrator).ThenBy(e => e.Name);
        // Only what the request carries, in one query: a whole employee would bring the absences too, and read
        // each owned collection by a query of its own (asked on every request, ADR 0048).
        var found = await chosen.AsSingleQuery().TagWith(QueryTag)
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
}
