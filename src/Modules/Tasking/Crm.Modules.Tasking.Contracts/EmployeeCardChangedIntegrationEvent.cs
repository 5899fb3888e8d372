using Crm.BuildingBlocks.Contracts;

namespace Crm.Modules.Tasking.Contracts;

/// <summary>
/// An employee's card as Tasking (the staff's one owner) saved it: published when an employee is hired, changed or
/// dismissed, and for every employee again when Tasking starts (a module that came later, or lost its copy, catches
/// up). Other modules keep a copy of what they need and apply a card only if its <see cref="Version"/> is newer than
/// the one they hold, so repeats, replays and deliveries out of order converge (ADR 0059).
/// <see cref="DismissedAtUtc"/> is set once the employee has left; their name still labels past work.
/// </summary>
public sealed record EmployeeCardChangedIntegrationEvent(
    Guid EmployeeId,
    int Version,
    string Name,
    string TimeZoneId,
    bool IsAdministrator,
    IReadOnlyList<Guid> PositionIds,
    Guid? DepartmentId,
    DateTime? DismissedAtUtc) : IntegrationEvent;
