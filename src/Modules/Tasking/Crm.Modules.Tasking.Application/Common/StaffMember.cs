using Crm.BuildingBlocks.Application.Errors;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Application.Security;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Processes;
using Crm.Modules.Tasking.Domain.Processes;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;

namespace Crm.Modules.Tasking.Application.Common;

/// <summary>
/// The signed-in employee as Tasking knows them (time zone, positions, administrator or not), loaded once per
/// request. A valid token naming nobody on the staff is refused.
/// </summary>
public sealed class StaffMember(ICurrentEmployee current, IReadRepository<Employee> employees, IReadRepository<TaskingProcess> processes, TimeProvider clock)
{
    private Employee? _employee;
    private TaskAudience? _audience;
    private IReadOnlyList<Employee>? _standingInFor;

    public EmployeeId Id => new(current.Id);

    public async Task<Employee> GetAsync(CancellationToken cancellationToken) =>
        _employee ??= await employees.FirstOrDefaultAsync(new EmployeeByIdSpec(Id), cancellationToken)
            ?? throw new ForbiddenException("The signed-in account is not an employee of this station.");

    public async Task<LocalClock> ClockAsync(CancellationToken cancellationToken) =>
        new((await GetAsync(cancellationToken)).TimeZone, clock.GetUtcNow().UtcDateTime);

    /// <summary>Which tasks the employee sees; the processes they execute are looked up once per request.</summary>
    public async Task<TaskAudience> AudienceAsync(CancellationToken cancellationToken)
    {
        if (_audience is null)
        {
            var employee = await GetAsync(cancellationToken);
            var executed = await processes.ListAsync(new ProcessesExecutedBySpec(employee), cancellationToken);
            _audience = new TaskAudience(
                employee.Id, employee.IsAdministrator, employee.Positions.Select(p => p.PositionId.Value).ToList(), employee.DepartmentId?.Value,
                executed.Select(p => p.Value).ToList())
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
        if (!(await GetAsync(cancellationToken)).IsAdministrator)
        {
            throw new ForbiddenException("Only the main administrator may do this.");
        }
    }
}
