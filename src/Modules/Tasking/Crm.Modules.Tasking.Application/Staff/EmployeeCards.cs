using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Staff;

namespace Crm.Modules.Tasking.Application.Staff;

/// <summary>
/// The employee's card other modules may copy (ADR 0059). Mapped when the unit of work saves, after it bumped the
/// version, so the card carries the version the row now has.
/// </summary>
public sealed class EmployeeCards : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) =>
        domainEvent is EmployeeCardChangedDomainEvent e ? Card(e.Employee) with { OccurredAtUtc = e.OccurredAtUtc } : null;

    public static EmployeeCardChangedIntegrationEvent Card(Employee employee) => new(
        employee.Id.Value,
        employee.Version,
        employee.Name,
        employee.TimeZoneId,
        employee.IsAdministrator,
        employee.Positions.Select(p => p.PositionId.Value).ToList(),
        employee.DepartmentId?.Value,
        employee.DismissedAtUtc);
}
