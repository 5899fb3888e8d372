using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Domain.Vehicles;

namespace Crm.Modules.ServiceStation.Domain.Maintenance;

public readonly record struct MaintenanceDueId(Guid Value) : ITypedId;

/// <summary>
/// A maintenance found due: one per rule, vehicle and cycle (<see cref="MaintenanceBasis.Cycle"/>), a unique key in
/// the database, so two replicas or two runs that find the same due record it once and announce it once (ADR 0077).
/// </summary>
public sealed class MaintenanceDue : AggregateRoot<MaintenanceDueId>
{
    private MaintenanceDue()
    {
        Cycle = WorksItem = string.Empty;
    }

    public MaintenanceRuleId RuleId { get; private set; }

    public Guid VehicleId { get; private set; }

    public string Cycle { get; private set; }

    public string WorksItem { get; private set; }

    public MaintenanceReason Reason { get; private set; }

    public DateTime SinceUtc { get; private set; }

    public int? SinceKm { get; private set; }

    /// <summary>The mileage predicted when it was found due (null without readings).</summary>
    public int? ExpectedKm { get; private set; }

    public DateTime ReportedAtUtc { get; private set; }

    public static MaintenanceDue Report(MaintenanceRule rule, Vehicle vehicle, MaintenanceBasis basis, MaintenanceReason reason, ExpectedMileage? expected, DateTime nowUtc)
    {
        var due = new MaintenanceDue
        {
            Id = new MaintenanceDueId(Guid.NewGuid()),
            RuleId = rule.Id,
            VehicleId = vehicle.Id.Value,
            Cycle = basis.Cycle,
            WorksItem = rule.WorksItem,
            Reason = reason,
            SinceUtc = basis.SinceUtc,
            SinceKm = basis.SinceKm,
            ExpectedKm = expected?.Km,
            ReportedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
        };
        due.Raise(new MaintenanceDueDomainEvent(due, vehicle, nowUtc));
        return due;
    }
}

/// <summary>Told to processes as the vehicle's fact <c>maintenance-due</c>.</summary>
public sealed record MaintenanceDueDomainEvent(MaintenanceDue Due, Vehicle Vehicle, DateTime OccurredAtUtc) : IDomainEvent;
