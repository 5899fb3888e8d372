using System.Net;
using System.Net.Http.Json;
using Crm.Modules.ServiceStation.Application.Bookings;
using Crm.Modules.ServiceStation.Application.Schedule.DaySchedule;
using Crm.Modules.ServiceStation.Application.WorkOrders;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Tests.Support;
using Xunit;
using static Crm.Modules.ServiceStation.Tests.Api.DocumentsApi;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>
/// The station's copy of the staff (ADR 0074): a master consultant hired in Tasking is named on bookings, work orders
/// and the schedule, follows a rename, and once dismissed (or never hired) cannot be chosen: 400 on masterConsultantId.
/// </summary>
public abstract class StationStaffApiTests(ApiFixture app)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task A_hired_master_consultant_is_named_on_the_booking_the_schedule_and_the_work_order_and_follows_a_rename()
    {
        var maria = await HireAsync("Maria Master");
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var start = app.Quarter(TimeSpan.FromDays(20));

        var booking = await (await BookAsync(car.Id, bay.Id, start, maria.Id)).ReadAsync<BookingDto>(HttpStatusCode.Created);

        Assert.Equal((maria.Id, "Maria Master"), (booking.MasterConsultantId, booking.MasterConsultantName));
        var day = await app.GetAsync<DayScheduleDto>($"schedule?bayId={bay.Id}&day={DateOnly.FromDateTime(booking.StartsAt.DateTime):yyyy-MM-dd}");
        Assert.Equal("Maria Master", Assert.Single(Assert.Single(day.Bays).Bookings).MasterConsultantName);
        Assert.Equal("Maria Master", Assert.Single(day.MasterConsultants, m => m.MasterConsultantId == maria.Id).Name);

        (await app.Administrator.PutAsJsonAsync($"/api/tasking/employees/{maria.Id}", new { name = "Maria Costa", timeZone = "Europe/Lisbon", positionIds = Array.Empty<Guid>(), departmentId = (Guid?)null }, Json.Options))
            .EnsureSuccessStatusCode();
        await app.OnStationStaffAsync(maria.Id, e => e.Name == "Maria Costa");
        Assert.Equal("Maria Costa", (await app.GetAsync<BookingDto>($"bookings/{booking.Id}")).MasterConsultantName);
        var order = await app.PostAsync<WorkOrderDto>("work-orders", new { bookingId = booking.Id, mileageKm = 10_000 }, HttpStatusCode.Created);
        Assert.Equal((maria.Id, "Maria Costa"), (order.MasterConsultantId, order.MasterConsultantName));
    }

    [Fact]
    public async Task An_unknown_or_dismissed_master_consultant_is_a_400_naming_the_field_and_nothing_is_booked()
    {
        var dan = await HireAsync("Dan Gone");
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var start = app.Quarter(TimeSpan.FromDays(21));
        var booking = await (await BookAsync(car.Id, bay.Id, start, app.AdministratorId)).ReadAsync<BookingDto>(HttpStatusCode.Created);
        Assert.Equal("Main Administrator", booking.MasterConsultantName);

        var stranger = await (await BookAsync(car.Id, bay.Id, start + Hour, Guid.NewGuid())).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(stranger.FieldErrors("masterConsultantId"));

        (await app.Administrator.PostAsync($"/api/tasking/employees/{dan.Id}/dismiss", null)).EnsureSuccessStatusCode();
        await app.OnStationStaffAsync(dan.Id, e => e.Dismissed);
        var dismissed = await (await BookAsync(car.Id, bay.Id, start + Hour, dan.Id)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(dismissed.FieldErrors("masterConsultantId"));
        var moved = await app.Administrator.PostJsonAsync($"{Root}/bookings/{booking.Id}/move", new { startsAt = start + 2 * Hour, masterConsultantId = dan.Id });
        Assert.NotEmpty((await moved.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("masterConsultantId"));
        var direct = await app.Administrator.PostJsonAsync($"{Root}/work-orders", new { vehicleId = car.Id, mileageKm = 5_000, masterConsultantId = dan.Id });
        Assert.NotEmpty((await direct.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("masterConsultantId"));

        var day = await app.GetAsync<DayScheduleDto>($"schedule?bayId={bay.Id}&day={DateOnly.FromDateTime(booking.StartsAt.DateTime):yyyy-MM-dd}");
        var only = Assert.Single(Assert.Single(day.Bays).Bookings); // none of the refused ones was stored
        Assert.Equal((booking.Id, booking.StartsAt), (only.Id, only.StartsAt));
    }

    private async Task<EmployeeDto> HireAsync(string name)
    {
        var employee = await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = "Europe/Lisbon", positionIds = Array.Empty<Guid>() }))
            .ReadAsync<EmployeeDto>(HttpStatusCode.Created);
        await app.OnStationStaffAsync(employee.Id, _ => true);
        return employee;
    }

    private Task<HttpResponseMessage> BookAsync(Guid car, Guid bay, DateTimeOffset startsAt, Guid masterConsultantId) =>
        app.Administrator.PostJsonAsync($"{Root}/bookings", new { vehicleId = car, bayId = bay, startsAt, endsAt = startsAt + Hour, masterConsultantId });
}

[Trait("Provider", "Sqlite")]
public sealed class StationStaffApiSqliteTests(SqliteApi app) : StationStaffApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class StationStaffApiPostgresTests(PostgresApi app) : StationStaffApiTests(app), IClassFixture<PostgresApi>;
