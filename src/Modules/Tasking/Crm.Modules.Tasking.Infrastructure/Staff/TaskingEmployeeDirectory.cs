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
        var employee = id is { } value
            ? await employees.FirstOrDefaultAsync(e => e.Id == new Domain.Staff.EmployeeId(value), cancellationToken)
            : await employees.OrderByDescending(e => e.IsAdministrator).ThenBy(e => e.Name).FirstOrDefaultAsync(cancellationToken);
        return employee is null
            ? null
            : new EmployeeIdentity(employee.Id.Value, employee.Name, employee.TimeZoneId, employee.IsAdministrator)
            {
                PositionIds = employee.Positions.Select(p => p.PositionId.Value).ToList(),
                DepartmentId = employee.DepartmentId?.Value,
            };
    }
}
