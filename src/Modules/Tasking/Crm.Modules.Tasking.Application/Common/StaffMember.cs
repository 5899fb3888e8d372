using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Tasking.Application.Processes;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Domain.Processes;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Common;

/// <summary>
/// The signed-in employee as Tasking knows them (time zone, positions, administrator or not). The host found them
/// on the staff when it authorized the request (a token naming nobody is refused there), and that is what the time
/// zone, the audience and the administrator checks read; the whole employee is loaded only where it is shown.
/// </summary>
public sealed class StaffMember(ICurrentEmployee current, IReadRepository<Employee> employees, IReadRepository<TaskingProcess> processes, TimeProvider clock)
{
    private Employee? _employee;
    private bool _changed;
    private TaskAudience? _audience;
    private IReadOnlyList<Employee>? _standingInFor;

    public EmployeeId Id => new(current.Id);

    public async Task<Employee> GetAsync(CancellationToken cancellationToken) =>
        _employee ??= await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(Id), cancellationToken)
            ?? throw new ForbiddenException("The signed-in account is not an employee of this station.", "employee.unknown");

    public async Task<LocalClock> ClockAsync(CancellationToken cancellationToken) =>
        new((await IdentityAsync(cancellationToken)).TimeZone, clock.GetUtcNow().UtcDateTime);

    /// <summary>Which tasks the employee sees; the processes they execute are looked up once per request.</summary>
    public async Task<TaskAudience> AudienceAsync(CancellationToken cancellationToken)
    {
        if (_audience is null)
        {
            var employee = await IdentityAsync(cancellationToken);
            var executed = await processes.ListAsync(new ProcessesExecutedBySpec(employee), cancellationToken);
            _audience = new TaskAudience(
                Id, employee.IsAdministrator, employee.PositionIds, employee.DepartmentId, executed.Select(p => p.Value).ToList())
            {
                AbsentColleagues = (await StandingInForAsync(cancellationToken)).Select(e => e.Id).ToList(),
            };
        }

        return _audience;
    }

    /// <summary>Colleagues away right now (by the module clock) who named this employee their deputy.</summary>
    public async Task<IReadOnlyList<Employee>> StandingInForAsync(CancellationToken cancellationToken) =>
        _standingInFor ??= await employees.ListAsync(new EmployeesStoodInForSpec(Id, clock.GetUtcNow().UtcDateTime), cancellationToken);

    /// <summary>The task, if the employee may see it; otherwise 404, as if it did not exist.</summary>
    public async Task<WorkTask> SeeAsync(WorkTask? task, Guid id, CancellationToken cancellationToken) =>
        task is not null && (await AudienceAsync(cancellationToken)).CanSee(task) ? task : throw new NotFoundException("Task", id);

    /// <summary>The employee was changed in this request: read them afresh next time (their new time zone, say).</summary>
    public void Forget()
    {
        _employee = null;
        _changed = true;
        _audience = null;
    }

    /// <summary>What concerns one employee (their absences) is theirs or the main administrator's to change.</summary>
    public async Task RequireSelfOrAdministratorAsync(Guid employeeId, CancellationToken cancellationToken)
    {
        if (employeeId != Id.Value)
        {
            await RequireAdministratorAsync(cancellationToken);
        }
    }

    public async Task RequireAdministratorAsync(CancellationToken cancellationToken)
    {
        if (!(await IdentityAsync(cancellationToken)).IsAdministrator)
        {
            throw new ForbiddenException("Only the main administrator may do this.");
        }
    }

    /// <summary>As the request began, or as saved if this request changed the employee.</summary>
    private async Task<EmployeeIdentity> IdentityAsync(CancellationToken cancellationToken)
    {
        if (!_changed)
        {
            return current.Employee;
        }

        var employee = await GetAsync(cancellationToken);
        return new EmployeeIdentity(employee.Id.Value, employee.Name, employee.TimeZoneId, employee.IsAdministrator)
        {
            PositionIds = employee.Positions.Select(p => p.PositionId.Value).ToList(),
            DepartmentId = employee.DepartmentId?.Value,
        };
    }
}
