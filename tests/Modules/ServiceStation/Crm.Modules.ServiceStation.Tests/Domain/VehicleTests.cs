using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.Vehicles.Rules;
using Xunit;
using static Crm.Modules.ServiceStation.Tests.Domain.StationSamples;
using static Crm.Tests.Support.BrokenRules;

namespace Crm.Modules.ServiceStation.Tests.Domain;

/// <summary>VINs, mileage readings that only go forward, and the mileage predicted from them.</summary>
public sealed class VehicleTests
{
    [Theory]
    [InlineData(NorthAmericanVin)]
    [InlineData("11111111111111111")]
    [InlineData(EuropeanVin)]
    [InlineData("jt2ae92e3h3012345")] // Japan: no check digit; typed in lower case
    [InlineData(" 1m8gdm9axkp042788 ")]
    public void A_well_formed_VIN_is_kept_upper_case(string text) => Assert.Equal(text.Trim().ToUpperInvariant(), Vin.Of(text).Value);

    [Theory]
    [InlineData("1M8GDM9AXKP04278", "vin.length")]
    [InlineData("1M8GDM9AXKP0427888", "vin.length")]
    [InlineData("", "vin.length")]
    [InlineData("WVWZZZ1JZXW00000I", "vin.characters")]
    [InlineData("WVWZZZ1JZXW00000O", "vin.characters")]
    [InlineData("WVWZZZ1JZXW00000Q", "vin.characters")]
    [InlineData("WVWZZZ1JZXW0000-1", "vin.characters")]
    [InlineData("1M8GDM9A1KP042788", "vin.check-digit")]
    [InlineData("1M8GDM9AXKP042789", "vin.check-digit")]
    [InlineData("51111111111111111", "vin.check-digit")]
    public void A_malformed_VIN_is_refused_with_what_is_wrong(string text, string code) =>
        Assert.Equal(code, AssertBroken<VinMustBeValidRule>(() => Vin.Of(text)).Code);

    [Fact]
    public void The_check_digit_message_says_which_digit_was_expected() =>
        Assert.Contains("'X'", AssertBroken<VinMustBeValidRule>(() => Vin.Of("1M8GDM9A1KP042788")).Message, StringComparison.Ordinal);

    [Fact]
    public void Readings_only_go_forward_unless_the_odometer_was_replaced()
    {
        var car = Car();
        car.RecordMileage(50_000, Now.AddDays(-60), MileageSource.Manual, false, Now);
        car.RecordMileage(52_000, Now.AddDays(-30), MileageSource.WorkOrder, false, Now);

        var rule = AssertBroken<MileageMustNotGoBackRule>(() => car.RecordMileage(51_000, Now, MileageSource.Manual, false, Now));
        Assert.Contains("52000 km", rule.Message, StringComparison.Ordinal);
        AssertBroken<MileageMustNotGoBackRule>(() => car.RecordMileage(53_000, Now.AddDays(-45), MileageSource.Client, false, Now)); // above a later one
        car.RecordMileage(51_000, Now.AddDays(-45), MileageSource.Client, false, Now); // between the two: fine

        car.RecordMileage(10, Now.AddDays(-1), MileageSource.Manual, odometerReplaced: true, Now);
        car.RecordMileage(200, Now, MileageSource.Manual, false, Now); // counts on the new odometer
        AssertBroken<MileageMustNotGoBackRule>(() => car.RecordMileage(5, Now, MileageSource.Manual, false, Now));
        Assert.Equal(5, car.Readings.Count);
    }

    [Fact]
    public void A_reading_is_never_in_the_future() =>
        AssertBroken<MileageReadingNotInFutureRule>(() => Car().RecordMileage(1, Now.AddMinutes(1), MileageSource.Manual, false, Now));

    [Fact]
    public void Mileage_is_predicted_from_the_pace_of_the_readings()
    {
        var car = Car();
        Assert.Null(car.ExpectedMileageAt(Now));
        car.RecordMileage(40_000, Now.AddDays(-100), MileageSource.Manual, false, Now);
        Assert.Equal(new ExpectedMileage(40_000, null, Now.AddDays(-100)), car.ExpectedMileageAt(Now.AddDays(30))); // one reading: no pace yet

        car.RecordMileage(45_000, Now, MileageSource.WorkOrder, false, Now); // 50 km a day
        Assert.Equal(new ExpectedMileage(46_500, 50, Now), car.ExpectedMileageAt(Now.AddDays(30)));
        Assert.Equal(42_500, car.ExpectedMileageAt(Now.AddDays(-50))!.Km); // between readings: interpolated
        Assert.Equal(39_500, car.ExpectedMileageAt(Now.AddDays(-110))!.Km); // before the first: the pace backwards
    }

    [Fact]
    public void A_replaced_odometer_neither_hides_nor_invents_distance()
    {
        var car = Car();
        car.RecordMileage(40_000, Now.AddDays(-100), MileageSource.Manual, false, Now);
        car.RecordMileage(42_000, Now.AddDays(-60), MileageSource.Manual, false, Now); // 2,000 km in 40 days
        car.RecordMileage(0, Now.AddDays(-50), MileageSource.Manual, odometerReplaced: true, Now);
        car.RecordMileage(3_000, Now, MileageSource.Manual, false, Now); // 3,000 km in 50 days

        var expected = car.ExpectedMileageAt(Now.AddDays(10))!;

        Assert.Equal((5_000 / 90d, 3_556), (expected.KmPerDay, expected.Km));
    }
}
