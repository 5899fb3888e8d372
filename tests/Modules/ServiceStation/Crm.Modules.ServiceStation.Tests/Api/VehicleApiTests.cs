using System.Net;
using Crm.Modules.ServiceStation.Application.Vehicles;
using Crm.Modules.ServiceStation.Application.Vehicles.ExpectedMileage;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Tests.Support;
using Xunit;
using static Crm.Modules.ServiceStation.Tests.Api.DocumentsApi;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>Vehicles through HTTP: VIN rules, one card per VIN, readings that only go forward, the expected mileage.</summary>
public abstract class VehicleApiTests(ApiFixture app)
{
    [Theory]
    [InlineData("1M8GDM9AXKP04278", "17 characters")]
    [InlineData("WVWZZZ1JZXW00000O", "never I, O or Q")]
    [InlineData("1M8GDM9A1KP042788", "should be 'X'")]
    public async Task A_malformed_VIN_is_a_400_on_the_vin_saying_what_is_wrong(string vin, string says)
    {
        var response = await app.Administrator.PostJsonAsync($"{Root}/vehicles", new { vin, plate = "X1", make = "Ford", model = "F-150", year = 2020, ownerClientId = Guid.NewGuid() });

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(problem.FieldErrors("vin"), m => m.Contains(says, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_VIN_is_kept_upper_case_checked_where_the_region_has_a_check_digit_and_registered_once()
    {
        var american = await app.NewVehicleAsync(vin: "1m8gdm9axkp042788");
        Assert.Equal(("1M8GDM9AXKP042788", "AA 123 BB"), (american.Vin, american.Plate));

        var twin = await app.Administrator.PostJsonAsync($"{Root}/vehicles", new { vin = "1M8GDM9AXKP042788", plate = "Z", make = "Ford", model = "F", year = 2020, ownerClientId = Guid.NewGuid() });
        var problem = await twin.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(("vehicle.vin-taken", american.Id.ToString()), (problem.Code(), problem.GetProperty("existingVehicleId").GetString()));

        var future = await app.Administrator.PostJsonAsync($"{Root}/vehicles", new { vin = NewVin(), plate = "Z", make = "Ford", model = "F", year = 2099, ownerClientId = Guid.NewGuid() });
        Assert.NotEmpty((await future.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("year"));
        Assert.Equal("vehicle.not-found", (await (await app.Administrator.GetAsync($"{Root}/vehicles/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound)).Code());
    }

    [Fact]
    public async Task Readings_only_go_forward_unless_the_odometer_was_replaced_and_predict_the_mileage()
    {
        var car = await app.NewVehicleAsync();
        var now = app.Clock.GetUtcNow();
        await app.PostAsync<VehicleDto>($"vehicles/{car.Id}/mileage", new { km = 40_000, at = now.AddDays(-100) });
        var read = await app.PostAsync<VehicleDto>($"vehicles/{car.Id}/mileage", new { km = 45_000, source = "Client" }); // now: 50 km a day

        var lower = await app.Administrator.PostJsonAsync($"{Root}/vehicles/{car.Id}/mileage", new { km = 44_000 });
        Assert.Equal("mileage.goes-back", (await lower.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        var stale = await app.SendWithIfMatchAsync(HttpMethod.Post, $"vehicles/{car.Id}/mileage", new { km = 46_000 }, car.Version);
        Assert.Equal("concurrency.stale", (await stale.ProblemAsync(HttpStatusCode.Conflict)).Code());

        // The administrator reads in Tokyo: "on" is a day there, its start at 15:00 UTC the day before.
        var in30Days = DateOnly.FromDateTime(now.AddDays(30).ToOffset(TimeSpan.FromHours(9)).DateTime);
        var expected = await app.GetAsync<ExpectedMileageDto>($"vehicles/{car.Id}/expected-mileage?on={in30Days:yyyy-MM-dd}");
        var startOfDay = new DateTimeOffset(in30Days.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(9));
        Assert.Equal((50d, 45_000 + (int)Math.Round(50 * (startOfDay - now).TotalDays)), (expected.KmPerDay!.Value, expected.Km!.Value));
        Assert.Equal(TimeSpan.FromHours(9), expected.FromReadingAt!.Value.Offset);

        var replaced = await app.PostAsync<VehicleDto>($"vehicles/{car.Id}/mileage", new { km = 12, odometerReplaced = true }, HttpStatusCode.OK);
        Assert.Equal([(40_000, false), (45_000, false), (12, true)], replaced.Readings.Select(r => (r.Km, r.OdometerReplaced)));
        Assert.Equal([MileageSource.Manual, MileageSource.Client, MileageSource.Manual], replaced.Readings.Select(r => r.Source));
        Assert.True(replaced.Version > read.Version);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class VehicleApiSqliteTests(SqliteApi app) : VehicleApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class VehicleApiPostgresTests(PostgresApi app) : VehicleApiTests(app), IClassFixture<PostgresApi>;
