using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;

namespace Crm.Modules.Tasking.Application.Tasks;

/// <summary>
/// Names of the employees, positions and task types a set of tasks mentions, fetched in one query each, so a
/// page of tasks shows names without a query per row.
/// </summary>
public sealed class TaskNames(IReadRepository<Employee> employees, IReadRepository<Position> positions, IReadRepository<TaskType> types)
{
    private Dictionary<EmployeeId, string> _employees = [];
    private Dictionary<PositionId, string> _positions = [];
    private Dictionary<TaskTypeId, TaskType> _types = [];

    public async Task<TaskNames> LoadAsync(
        IEnumerable<TaskTypeId> typeIds, IEnumerable<EmployeeId?> employeeIds, IEnumerable<Addressee> addressees, CancellationToken cancellationToken)
    {
        var addresseeList = addressees.ToList();
        var employeeSet = employeeIds.OfType<EmployeeId>()
            .Concat(addresseeList.Where(a => a.Kind == AddresseeKind.Employee).Select(a => new EmployeeId(a.Id)))
            .Distinct().ToList();
        var positionSet = addresseeList.Where(a => a.Kind == AddresseeKind.Position).Select(a => new PositionId(a.Id)).Distinct().ToList();
        var typeSet = typeIds.Distinct().ToList();

        _employees = employeeSet.Count == 0 ? [] : (await employees.ListAsync(new EmployeesSpec(employeeSet), cancellationToken)).ToDictionary(e => e.Id, e => e.Name);
        _positions = positionSet.Count == 0 ? [] : (await positions.ListAsync(new PositionsSpec(positionSet), cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        _types = typeSet.Count == 0 ? [] : (await types.ListAsync(new TaskTypesSpec(typeSet), cancellationToken)).ToDictionary(t => t.Id);
        return this;
    }

    public NamedRef Type(TaskTypeId id) => new(id.Value, _types.TryGetValue(id, out var type) ? type.Name : "?");

    public string? ResultName(TaskTypeId id, string? code) =>
        code is null ? null : _types.GetValueOrDefault(id)?.FindResult(code)?.Name ?? code;

    public NamedRef? Employee(EmployeeId? id) => id is { } value ? new NamedRef(value.Value, _employees.GetValueOrDefault(value, "?")) : null;

    public AddresseeDto Addressee(Addressee addressee) => new(
        addressee.Kind,
        addressee.Id,
        addressee.Kind == AddresseeKind.Employee
            ? _employees.GetValueOrDefault(new EmployeeId(addressee.Id))
            : _positions.GetValueOrDefault(new PositionId(addressee.Id)));
}
