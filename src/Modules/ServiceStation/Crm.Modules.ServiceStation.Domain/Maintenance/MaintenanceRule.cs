using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Vehicles;

namespace Crm.Modules.ServiceStation.Domain.Maintenance;

public readonly record struct MaintenanceRuleId(Guid Value) : ITypedId;

/// <summary>Why a car is due: the months since the last such work passed, or its predicted mileage reached the distance.</summary>
public enum MaintenanceReason
{
    Months,
    Km,
}

/// <summary>
/// A works item (named as on work orders' works lines) every N months and/or every N km, for one make or for all.
/// At least one of the two intervals is given (a rule with neither would never be due).
/// </summary>
public sealed record MaintenanceInterval(string WorksItem, int? EveryMonths, int? EveryKm, string? Make);

/// <summary>
/// A regular-maintenance rule. The periodic check (ADR 0077) claims a rule when <see cref="NextCheckAtUtc"/> has come,
/// with a lease (<see cref="LockedUntilUtc"/>) so one replica checks it at a time; an inactive rule has no next check.
/// </summary>
public sealed class MaintenanceRule : AggregateRoot<MaintenanceRuleId>
{
    public const int MakeMaxLength = Vehicle.NameMaxLength;

    private MaintenanceRule()
    {
        WorksItem = SortKey = string.Empty;
    }

    public string WorksItem { get; private set; }

    public int? EveryMonths { get; private set; }

    public int? EveryKm { get; private set; }

    /// <summary>The make it applies to (compared without case); null for every make.</summary>
    public string? Make { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Oldest first in lists: the creation moment, then the id.</summary>
    public string SortKey { get; private set; }

    /// <summary>When the check looks at this rule again; null while inactive.</summary>
    public DateTime? NextCheckAtUtc { get; private set; }

    /// <summary>Claim lease of the check: while in the future, one replica owns the rule.</summary>
    public DateTime? LockedUntilUtc { get; private set; }

    public static MaintenanceRule Create(MaintenanceRuleId id, MaintenanceInterval interval, bool active, DateTime nowUtc)
    {
        var rule = new MaintenanceRule
        {
            Id = id,
            CreatedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            SortKey = nowUtc.ToString("yyyyMMddHHmmssfffffff", System.Globalization.CultureInfo.InvariantCulture) + "|" + id.Value.ToString("N"),
        };
        rule.Change(interval, active, nowUtc);
        return rule;
    }

    /// <summary>A PUT: every field anew. A changed rule is checked again at once (when active).</summary>
    public void Change(MaintenanceInterval interval, bool active, DateTime nowUtc)
    {
        if (interval.EveryMonths is null && interval.EveryKm is null)
        {
            throw new ArgumentException("A maintenance rule needs months, kilometres or both.", nameof(interval));
        }

        WorksItem = Lines.Name(interval.WorksItem);
        EveryMonths = interval.EveryMonths is { } months ? Positive(months) : null;
        EveryKm = interval.EveryKm is { } km ? Positive(km) : null;
        Make = string.IsNullOrWhiteSpace(interval.Make) ? null : Guard.NotBlank(interval.Make, "make", MakeMaxLength);
        IsActive = active;
        NextCheckAtUtc = active ? nowUtc : null;
    }

    public bool AppliesTo(string make) => Make is null || string.Equals(Make, make.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a works line names this rule's works item (as typed, any case, spaces around ignored).</summary>
    public bool Names(string workName) => string.Equals(WorksItem, workName.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Due by months when the period since the basis has passed; else by km when the mileage predicted for now reaches
    /// the basis's mileage plus the distance. Null when not due.
    /// </summary>
    public MaintenanceReason? DueFor(MaintenanceBasis basis, ExpectedMileage? expected, DateTime nowUtc)
    {
        if (EveryMonths is { } months && nowUtc >= basis.SinceUtc.AddMonths(months))
        {
            return MaintenanceReason.Months;
        }

        if (EveryKm is { } km && basis.SinceKm is { } since && expected is not null && expected.Km >= since + km)
        {
            return MaintenanceReason.Km;
        }

        return null;
    }

    private static int Positive(int value) => value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "Intervals are positive.");
}

/// <summary>
/// Where a maintenance cycle counts from. <see cref="Cycle"/> names it: the work order that last did the works item,
/// or <see cref="FirstKnownCycle"/> when none did (then the car's first known date and reading).
/// </summary>
public sealed record MaintenanceBasis(string Cycle, DateTime SinceUtc, int? SinceKm)
{
    public const string FirstKnownCycle = "first-known";
    public const int CycleMaxLength = 64;

    public static MaintenanceBasis LastWork(Guid workOrderId, DateTime closedAtUtc, int mileageKm) =>
        new(workOrderId.ToString("N"), closedAtUtc, mileageKm);

    /// <summary>No such work on record: from the earlier of its registration and its first reading, and that reading's km.</summary>
    public static MaintenanceBasis FirstKnown(Vehicle vehicle)
    {
        var first = vehicle.Readings.OrderBy(r => r.AtUtc).FirstOrDefault();
        var since = first is not null && first.AtUtc < vehicle.RegisteredAtUtc ? first.AtUtc : vehicle.RegisteredAtUtc;
        return new(FirstKnownCycle, since, first?.Km);
    }
}
