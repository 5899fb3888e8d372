namespace Crm.Modules.ServiceStation.Domain.Vehicles;

/// <summary>
/// The odometer reading expected at a moment: <see cref="Km"/>, from the reading <see cref="FromReadingAtUtc"/> and
/// the car's pace <see cref="KmPerDay"/> (null when the readings span less than a day: the last reading is all there is).
/// </summary>
public sealed record ExpectedMileage(int Km, double? KmPerDay, DateTime FromReadingAtUtc);

/// <summary>
/// Predicts mileage from the readings (maintenance invitations ask "will it have done 15,000 km by then?"): the
/// pace is the distance driven over the time it took, summed over every odometer the car had, so a replaced
/// odometer neither hides nor invents distance. Between two readings of one odometer the value is interpolated;
/// elsewhere the pace is applied to the nearest reading before (or, before the first one, after) the moment.
/// </summary>
public static class MileagePrediction
{
    public static ExpectedMileage? On(IReadOnlyList<MileageReading> readings, DateTime atUtc)
    {
        if (readings.Count == 0)
        {
            return null;
        }

        var pace = KmPerDay(readings);
        var odometer = Odometer.Around(readings, atUtc);
        var before = odometer.LastOrDefault(r => r.AtUtc <= atUtc);
        var after = odometer.FirstOrDefault(r => r.AtUtc > atUtc);
        if (before is not null && after is not null)
        {
            var share = (atUtc - before.AtUtc).TotalDays / (after.AtUtc - before.AtUtc).TotalDays;
            return new ExpectedMileage(before.Km + (int)Math.Round((after.Km - before.Km) * share), pace, before.AtUtc);
        }

        var basis = before ?? after!;
        var driven = pace is { } perDay ? (int)Math.Round(perDay * (atUtc - basis.AtUtc).TotalDays) : 0;
        return new ExpectedMileage(Math.Max(0, basis.Km + driven), pace, basis.AtUtc);
    }

    /// <summary>Kilometres a day over the spans the readings cover; null when they cover less than a day.</summary>
    private static double? KmPerDay(IReadOnlyList<MileageReading> readings)
    {
        var spans = Odometer.All(readings).Where(o => o.Count > 1).Select(o => (Km: o[^1].Km - o[0].Km, Days: (o[^1].AtUtc - o[0].AtUtc).TotalDays)).ToList();
        var days = spans.Sum(s => s.Days);
        return days < 1 ? null : spans.Sum(s => s.Km) / days;
    }
}
