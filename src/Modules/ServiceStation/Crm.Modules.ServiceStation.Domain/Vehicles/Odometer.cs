namespace Crm.Modules.ServiceStation.Domain.Vehicles;

/// <summary>
/// The readings of one odometer: a replacement starts a new one. Distances (and so the daily pace the prediction
/// uses) are measured only between readings of the same odometer.
/// </summary>
internal static class Odometer
{
    /// <summary>The readings (in time order) made on the odometer that was in the car at <paramref name="atUtc"/>.</summary>
    public static IReadOnlyList<MileageReading> Around(IReadOnlyList<MileageReading> readings, DateTime atUtc)
    {
        var ordered = readings.OrderBy(r => r.AtUtc).ToList();
        var start = ordered.FindLastIndex(r => r.OdometerReplaced && r.AtUtc <= atUtc);
        var next = ordered.FindIndex(Math.Max(start, 0), r => r.OdometerReplaced && r.AtUtc > atUtc);
        var from = Math.Max(start, 0);
        return ordered.GetRange(from, (next < 0 ? ordered.Count : next) - from);
    }

    /// <summary>Every odometer's readings in time order, odometer after odometer.</summary>
    public static IEnumerable<IReadOnlyList<MileageReading>> All(IReadOnlyList<MileageReading> readings)
    {
        var current = new List<MileageReading>();
        foreach (var reading in readings.OrderBy(r => r.AtUtc))
        {
            if (reading.OdometerReplaced && current.Count > 0)
            {
                yield return current;
                current = [];
            }

            current.Add(reading);
        }

        if (current.Count > 0)
        {
            yield return current;
        }
    }
}
