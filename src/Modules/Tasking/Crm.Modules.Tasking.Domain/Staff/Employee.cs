using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Domain.Staff.Rules;

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

    /// <summary>Set when the employee left the station: they can no longer sign in; their name stays on past work.</summary>
    public DateTime? DismissedAtUtc { get; private set; }

    public static Employee Hire(
        EmployeeId id,
        string name,
        EmployeeTimeZone timeZone,
        IEnumerable<PositionId> positions,
        DateTime nowUtc,
        bool isAdministrator = false,
        DepartmentId? department = null)
    {
        var employee = new Employee(id, name, timeZone, isAdministrator) { DepartmentId = department };
        employee.AssignPositions(positions);
        employee.CardChanged(nowUtc);
        return employee;
    }

    /// <summary>The main administrator corrects the card: name, zone, the full list of positions, the department.</summary>
    public void Change(string name, EmployeeTimeZone timeZone, IEnumerable<PositionId> positions, DepartmentId? department, DateTime nowUtc)
    {
        Name = Guard.NotBlank(name, nameof(name), NameMaxLength);
        TimeZoneId = timeZone.Id;
        AssignPositions(positions);
        DepartmentId = department;
        CardChanged(nowUtc);
    }

    public bool Holds(PositionId position) => _positions.Any(p => p.PositionId == position);

    public void MoveToTimeZone(EmployeeTimeZone timeZone, DateTime nowUtc)
    {
        TimeZoneId = timeZone.Id;
        CardChanged(nowUtc);
    }

    /// <summary>The employee leaves the station; the main administrator cannot dismiss themselves (the station would have nobody to manage it).</summary>
    public void Dismiss(EmployeeId by, DateTime nowUtc)
    {
        CheckRule(new NobodyDismissesThemselvesRule(Id, by));
        if (DismissedAtUtc is null)
        {
            DismissedAtUtc = nowUtc;
            CardChanged(nowUtc);
        }
    }

    private void AssignPositions(IEnumerable<PositionId> positions)
    {
        _positions.Clear();
        _positions.AddRange(positions.Distinct().Select(p => new EmployeePosition(p)));
    }

    /// <summary>Other modules keep copies of the card (ADR 0059): one event per saved change, however many fields changed.</summary>
    private void CardChanged(DateTime nowUtc)
    {
        if (!DomainEvents.OfType<EmployeeCardChangedDomainEvent>().Any())
        {
            Raise(new EmployeeCardChangedDomainEvent(this, nowUtc));
        }
    }

    public TimeZoneInfo TimeZone => EmployeeTimeZone.From(TimeZoneId).Info;
}

/// <summary>The employee's card (name, zone, positions, department, administrator, dismissal) changed; read it as saved.</summary>
public sealed record EmployeeCardChangedDomainEvent(Employee Employee, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>One position an employee holds.</summary>
public sealed class EmployeePosition
{
    private EmployeePosition()
    {
    }

    internal EmployeePosition(PositionId positionId) => PositionId = positionId;

    public PositionId PositionId { get; private set; }
}
