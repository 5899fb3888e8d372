namespace Crm.Modules.ServiceStation.Domain.Vehicles;

/// <summary>Where a reading came from: typed in by staff, read at the car's acceptance, or told by the client.</summary>
public enum MileageSource
{
    Manual,
    WorkOrder,
    Client,
}

/// <summary>
/// The odometer read <see cref="Km"/> at <see cref="AtUtc"/>. <see cref="OdometerReplaced"/> starts a new count:
/// the reading may be lower than the ones before it, and distances are never measured across it.
/// </summary>
public sealed class MileageReading
{
    private MileageReading()
    {
    }

    internal MileageReading(Guid id, int km, DateTime atUtc, MileageSource source, bool odometerReplaced)
    {
        Id = id;
        Km = km;
        AtUtc = atUtc;
        Source = source;
        OdometerReplaced = odometerReplaced;
    }

    public Guid Id { get; private set; }

    public int Km { get; private set; }

    public DateTime AtUtc { get; private set; }

    public MileageSource Source { get; private set; }

    public bool OdometerReplaced { get; private set; }
}
