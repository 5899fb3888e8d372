using Crm.Modules.ServiceStation.Domain.Maintenance;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Xunit;
using static Crm.Modules.ServiceStation.Tests.Domain.StationSamples;

namespace Crm.Modules.ServiceStation.Tests.Domain;

/// <summary>When a rule finds a car due (ADR 0077): months since the basis, or predicted mileage past its distance.</summary>
public sealed class MaintenanceRuleTests
{
    private static MaintenanceRule Rule(int? months, int? km, string? make = null) =>
        MaintenanceRule.Create(new MaintenanceRuleId(Guid.NewGuid()), new MaintenanceInterval(" Oil change ", months, km, make), active: true, Now);

    private static readonly MaintenanceBasis LastOil = MaintenanceBasis.LastWork(Guid.NewGuid(), Now, 50_000);

    [Fact]
    public void Due_by_months_once_the_period_since_the_last_such_work_has_passed()
    {
        var rule = Rule(12, null);

        Assert.Null(rule.DueFor(LastOil, null, Now.AddMonths(12).AddSeconds(-1)));
        Assert.Equal(MaintenanceReason.Months, rule.DueFor(LastOil, null, Now.AddMonths(12)));
    }

    [Fact]
    public void Due_by_km_when_the_predicted_mileage_reaches_the_last_work_plus_the_distance_and_never_without_a_prediction()
    {
        var rule = Rule(null, 5_000);
        var later = Now.AddDays(40);

        Assert.Null(rule.DueFor(LastOil, new ExpectedMileage(54_999, 100, Now), later));
        Assert.Equal(MaintenanceReason.Km, rule.DueFor(LastOil, new ExpectedMileage(55_000, 100, Now), later));
        Assert.Null(rule.DueFor(LastOil, null, later));
        Assert.Null(rule.DueFor(LastOil with { SinceKm = null }, new ExpectedMileage(90_000, 100, Now), later));
    }

    [Fact]
    public void Without_such_work_the_cycle_counts_from_the_cars_first_known_date_and_reading()
    {
        var car = Car();
        Assert.Equal((MaintenanceBasis.FirstKnownCycle, Now, (int?)null), (MaintenanceBasis.FirstKnown(car).Cycle, MaintenanceBasis.FirstKnown(car).SinceUtc, MaintenanceBasis.FirstKnown(car).SinceKm));

        car.RecordMileage(30_000, Now.AddYears(-1), MileageSource.Client, odometerReplaced: false, Now);
        car.RecordMileage(38_000, Now.AddDays(-1), MileageSource.Manual, odometerReplaced: false, Now);
        var basis = MaintenanceBasis.FirstKnown(car);
        Assert.Equal((Now.AddYears(-1), (int?)30_000), (basis.SinceUtc, basis.SinceKm));
    }

    [Fact]
    public void A_rule_names_its_works_and_make_without_case_and_needs_months_or_km()
    {
        var rule = Rule(12, null, "Škoda");

        Assert.Equal("Oil change", rule.WorksItem);
        Assert.True(rule.Names(" oil CHANGE"));
        Assert.True(rule.AppliesTo("ŠKODA"));
        Assert.False(rule.AppliesTo("Skoda"));
        Assert.True(Rule(12, null).AppliesTo("Anything"));
        Assert.Throws<ArgumentException>(() => Rule(null, null));
        rule.Change(new MaintenanceInterval("Oil change", 6, null, null), active: false, Now);
        Assert.Null(rule.NextCheckAtUtc);
    }
}
