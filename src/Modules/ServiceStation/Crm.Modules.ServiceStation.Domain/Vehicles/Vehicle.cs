using Crm.BuildingBlocks.Domain;
using Crm.Modules.ServiceStation.Domain.Vehicles.Rules;

namespace Crm.Modules.ServiceStation.Domain.Vehicles;

public readonly record struct VehicleId(Guid Value) : ITypedId;

/// <summary>What identifies and describes a car, as the front office types it in.</summary>
public sealed record VehicleDetails(string Plate, string Make, string Model, int Year);

/// <summary>
/// A client's car: its VIN, plate, make, model and year, its owner (a client known by id: the module keeps a copy
/// of Sales' clients, never a reference into Sales) and its mileage readings, from which its mileage on any date
/// is predicted.
/// </summary>
public sealed class Vehicle : AggregateRoot<VehicleId>
{
    public const int PlateMaxLength = 20;
    public const int NameMaxLength = 100;
    public const int EarliestYear = 1886;

    private readonly List<MileageReading> _readings = [];

    private Vehicle()
    {
        Vin = Plate = Make = Model = string.Empty;
    }

    /// <summary>The VIN as <see cref="Vehicles.Vin"/> keeps it (checked, upper case): unique, and the order of lists.</summary>
    public string Vin { get; private set; }

    public string Plate { get; private set; }

    public string Make { get; private set; }

    public string Model { get; private set; }

    public int Year { get; private set; }

    public Guid OwnerClientId { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public IReadOnlyList<MileageReading> Readings => _readings;

    public static Vehicle Register(VehicleId id, Vin vin, VehicleDetails details, Guid ownerClientId, DateTime nowUtc)
    {
        var vehicle = new Vehicle { Id = id, Vin = vin.Value, OwnerClientId = ownerClientId, RegisteredAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)) };
        vehicle.Describe(details);
        return vehicle;
    }

    public void ChangeDetails(VehicleDetails details) => Describe(details);

    /// <summary>The car was sold or handed over to another client.</summary>
    public void ChangeOwner(Guid clientId) => OwnerClientId = clientId;

    public MileageReading RecordMileage(int km, DateTime atUtc, MileageSource source, bool odometerReplaced, DateTime nowUtc)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(km);
        CheckRule(new MileageReadingNotInFutureRule(Guard.Utc(atUtc, nameof(atUtc)), nowUtc));
        CheckRule(new MileageMustNotGoBackRule(_readings, km, atUtc, odometerReplaced));
        var reading = new MileageReading(Guid.NewGuid(), km, atUtc, source, odometerReplaced);
        _readings.Add(reading);
        Raise(new MileageRecordedDomainEvent(this, reading, nowUtc));
        return reading;
    }

    public ExpectedMileage? ExpectedMileageAt(DateTime atUtc) => MileagePrediction.On(_readings, atUtc);

    private void Describe(VehicleDetails details)
    {
        Plate = Guard.NotBlank(details.Plate, "plate", PlateMaxLength).ToUpperInvariant();
        Make = Guard.NotBlank(details.Make, "make", NameMaxLength);
        Model = Guard.NotBlank(details.Model, "model", NameMaxLength);
        Year = details.Year >= EarliestYear ? details.Year : throw new ArgumentOutOfRangeException(nameof(details), "The year is before the first car.");
    }
}

/// <summary>A reading was added (the aggregate's version moves with it, as with every change).</summary>
public sealed record MileageRecordedDomainEvent(Vehicle Vehicle, MileageReading Reading, DateTime OccurredAtUtc) : IDomainEvent;
