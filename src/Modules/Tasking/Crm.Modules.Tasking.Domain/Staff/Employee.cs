using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Tasking.Domain.Staff;

/// <summary>A person who works tasks. Times are shown to them in <see cref="TimeZoneId"/> (IANA, e.g. Europe/Lisbon).</summary>
public sealed partial class Employee : AggregateRoot<EmployeeId>
{
    public const int NameMaxLength = 200;

    private readonly List<EmployeePosition> _positions = [];

    private Employee()
    {
        Name = TimeZoneId = string.Empty;
    }

    private Employee(EmployeeId id, string name, EmployeeTimeZone timeZone, bool isAdministrator)
    {
        Id = id;
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
        TimeZoneId = timeZone.Id;
        IsAdministrator = isAdministrator;
    }

    public string Name { get; private set; }

    public string TimeZoneId { get; private set; }

    /// <summary>The main administrator: sees and edits every task.</summary>
    public bool IsAdministrator { get; private set; }

    public IReadOnlyCollection<EmployeePosition> Positions => _positions;

    /// <summary>The department the employee works in, if the station has departments.</summary>
    public DepartmentId? DepartmentId { get; private set; }

    public static Employee Hire(
        EmployeeId id, string name, EmployeeTimeZone timeZone, IEnumerable<PositionId> positions, bool isAdministrator = false, DepartmentId? department = null)
    {
        var employee = new Employee(id, name, timeZone, isAdministrator) { DepartmentId = department };
        employee.AssignPositions(positions);
        return employee;
    }

    public void MoveToDepartment(DepartmentId? department) => DepartmentId = department;

    public void Rename(string name) => Name = Guard.NotBlank(name, nameof(name), NameMaxLength);

    public bool Holds(PositionId position) => _positions.Any(p => p.PositionId == position);

    public void AssignPositions(IEnumerable<PositionId> positions)
    {
        _positions.Clear();
        _positions.AddRange(positions.Distinct().Select(p => new EmployeePosition(p)));
    }

    public void MoveToTimeZone(EmployeeTimeZone timeZone) => TimeZoneId = timeZone.Id;

    public TimeZoneInfo TimeZone => EmployeeTimeZone.From(TimeZoneId).Info;
}

/// <summary>One position an employee holds.</summary>
public sealed class EmployeePosition
{
    private EmployeePosition()
    {
    }

    internal EmployeePosition(PositionId positionId) => PositionId = positionId;

    public PositionId PositionId { get; private set; }
}
