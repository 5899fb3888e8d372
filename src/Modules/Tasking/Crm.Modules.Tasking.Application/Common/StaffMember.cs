using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Application.Common;

/// <summary>
/// The signed-in employee as Tasking knows them (time zone, positions, administrator or not), loaded once per
/// request. A valid token naming nobody on the staff is refused.
/// </summary>
public sealed class StaffMember(ICurrentEmployee current, IReadRepository<Employee> employees)
{
    private Employee? _employee;

    public EmployeeId Id => new(current.Id);

    public async Task<Employee> GetAsync(CancellationToken cancellationToken) =>
        _employee ??= await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(Id), cancellationToken)
            ?? throw new ForbiddenException("The signed-in account is not an employee of this station.");

    public async Task<LocalClock> ClockAsync(CancellationToken cancellationToken) => new((await GetAsync(cancellationToken)).TimeZone);

    public async Task RequireAdministratorAsync(CancellationToken cancellationToken)
    {
        if (!(await GetAsync(cancellationToken)).IsAdministrator)
        {
            throw new ForbiddenException("Only the main administrator may do this.");
        }
    }
}
