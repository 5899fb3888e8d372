using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Processes;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Processes;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.Tasks;

/// <summary>
/// Names of the employees, positions and task types a set of tasks mentions, fetched in one query each, so a
/// page of tasks shows names without a query per row.
/// </summary>
public sealed class TaskNames(
    IReadRepository<Employee> employees,
    IReadRepository<Position> positions,
    IReadRepository<Department> departments,
    IReadRepository<TaskingProcess> processes,
    IReadRepository<TaskType> types)
{
    private Dictionary<EmployeeId, string> _employees = [];
    private Dictionary<PositionId, string> _positions = [];
    private Dictionary<TaskTypeId, TaskType> _types = [];
    private Dictionary<Guid, string> _departments = [];
    private Dictionary<Guid, string> _processes = [];

    public async Task<TaskNames> LoadAsync(
        IEnumerable<TaskTypeId> typeIds, IEnumerable<EmployeeId?> employeeIds, IEnumerable<Addressee> addressees, CancellationToken cancellationToken)
    {
        var addresseeList = addressees.ToList();
        var employeeSet = employeeIds.OfType<EmployeeId>()
            .Concat(addresseeList.Where(a => a.Kind == AddresseeKind.Employee).Select(a => new EmployeeId(a.Id)))
            .Distinct().ToList();
        var positionSet = addresseeList.Where(a => a.Kind == AddresseeKind.Position).Select(a => new PositionId(a.Id)).Distinct().ToList();
        var typeSet = typeIds.Distinct().ToList();
        var departmentSet = addresseeList.Where(a => a.Kind == AddresseeKind.Department).Select(a => new DepartmentId(a.Id)).Distinct().ToList();
        var processSet = addresseeList.Where(a => a.Kind == AddresseeKind.ProcessExecutors).Select(a => a.Id).Distinct().ToList();

        _employees = employeeSet.Count == 0 ? [] : (await employees.ListAsync(new EmployeesSpec(employeeSet), cancellationToken)).ToDictionary(e => e.Id, e => e.Name);
        _positions = positionSet.Count == 0 ? [] : (await positions.ListAsync(new PositionsSpec(positionSet), cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        _types = typeSet.Count == 0 ? [] : (await types.ListAsync(new TaskTypesSpec(typeSet), cancellationToken)).ToDictionary(t => t.Id);
        _departments = departmentSet.Count == 0 ? [] : (await departments.ListAsync(new DepartmentsSpec(departmentSet), cancellationToken)).ToDictionary(d => d.Id.Value, d => d.Name);
        _processes = processSet.Count == 0 ? [] : (await processes.ListAsync(new ProcessesSpec(processSet), cancellationToken)).ToDictionary(p => p.Id.Value, p => p.Name);
        return this;
    }

    public TaskType? TypeOf(TaskTypeId id) => _types.GetValueOrDefault(id);

    public NamedRef? Process(Guid? definitionId) => definitionId is { } id ? new NamedRef(id, _processes.GetValueOrDefault(id, "?")) : null;

    public NamedRef Type(TaskTypeId id) => new(id.Value, _types.TryGetValue(id, out var type) ? type.Name : "?");

    public NamedRef? Employee(EmployeeId? id) => id is { } value ? new NamedRef(value.Value, _employees.GetValueOrDefault(value, "?")) : null;

    public AddresseeDto Addressee(Addressee addressee) => new(
        addressee.Kind,
        addressee.Id,
        addressee.Kind switch
        {
            AddresseeKind.Employee => _employees.GetValueOrDefault(new EmployeeId(addressee.Id)),
            AddresseeKind.Position => _positions.GetValueOrDefault(new PositionId(addressee.Id)),
            AddresseeKind.Department => _departments.GetValueOrDefault(addressee.Id),
            _ => _processes.GetValueOrDefault(addressee.Id),
        });
}
