using System.Globalization;
using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.ServiceStation.Domain.Vehicles.Rules;

/// <summary>
/// An odometer only counts up: a reading lower than one taken before it (or higher than one taken after it) on the
/// same odometer is a typo or a wound-back meter, unless the new reading says the odometer was replaced.
/// </summary>
public sealed class MileageMustNotGoBackRule(IReadOnlyList<MileageReading> readings, int km, DateTime atUtc, bool odometerReplaced) : IBusinessRule
{
    public string Code => "mileage.goes-back";

    public string Message => Clash() is { } clash
        ? string.Create(CultureInfo.InvariantCulture, $"The odometer read {clash.Km} km at {clash.AtUtc:yyyy-MM-dd HH:mm}Z; {km} km at {atUtc:yyyy-MM-dd HH:mm}Z would make it go back. If the odometer was replaced, say so.")
        : "The reading agrees with the others.";

    public bool IsBroken() => !odometerReplaced && Clash() is not null;

    private MileageReading? Clash()
    {
        var sameOdometer = Odometer.Around(readings, atUtc);
        return sameOdometer.FirstOrDefault(r => r.AtUtc <= atUtc && r.Km > km) ?? sameOdometer.FirstOrDefault(r => r.AtUtc > atUtc && r.Km < km);
    }
}

/// <summary>A reading is of what the odometer shows, not what it will show: never later than now.</summary>
public sealed class MileageReadingNotInFutureRule(DateTime atUtc, DateTime nowUtc) : IBusinessRule
{
    public string Code => "mileage.in-future";

    public string Message => "A mileage reading cannot be taken in the future.";

    public bool IsBroken() => atUtc > nowUtc;
}
