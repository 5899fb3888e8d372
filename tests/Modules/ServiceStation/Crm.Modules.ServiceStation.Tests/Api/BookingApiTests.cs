using System.Net;
using System.Net.Http.Json;
using Crm.Modules.ServiceStation.Application.Bookings;
using Crm.Modules.ServiceStation.Application.Estimates;
using Crm.Modules.ServiceStation.Application.Schedule.DaySchedule;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.ServiceStation.Domain.Estimates;
using Crm.Tests.Support;
using Xunit;
using static Crm.Modules.ServiceStation.Tests.Api.DocumentsApi;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>Bookings through HTTP: a bay holds one car at a time, moving, cancelling, no-shows, the day's schedule.</summary>
public abstract class BookingApiTests(ApiFixture app)
{
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task An_overlapping_booking_is_a_409_naming_the_booking_in_the_way()
    {
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var start = app.Quarter(TimeSpan.FromDays(1));
        var first = await app.BookedAsync(car, bay.Id, start, 2 * Hour);
        Assert.Equal((BookingStatus.Booked, car.OwnerClientId, app.AdministratorId), (first.Status, first.ClientId, first.MasterConsultantId));

        var overlapping = await app.BookAsync(await app.NewVehicleAsync(), bay.Id, start + Hour, 2 * Hour);

        var problem = await overlapping.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(("booking.bay-taken", first.Id.ToString()), (problem.Code(), problem.GetProperty("conflictingBookingId").GetString()));
        await app.BookedAsync(car, bay.Id, start + 2 * Hour, Hour); // back to back is fine
        var created = await app.FactsAsync(first.Id, "created");
        Assert.Equal((bay.Id.ToString(), car.Id.ToString(), "Booked"), (created.Fact("bay"), created.Fact("vehicle.id"), created.Fact("status")));
    }

    [Fact]
    public async Task Two_bookings_for_one_bay_at_one_time_at_once_one_wins_and_the_others_are_told_which()
    {
        var bay = await app.NewBayAsync();
        var cars = new List<Application.Vehicles.VehicleDto>();
        for (var i = 0; i < 6; i++)
        {
            cars.Add(await app.NewVehicleAsync());
        }

        var start = app.Quarter(TimeSpan.FromDays(2));
        var responses = await Task.WhenAll(cars.Select((car, i) => app.BookAsync(car, bay.Id, start + TimeSpan.FromMinutes(15 * (i % 2)), Hour)));

        var won = Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        var winner = await won.ReadAsync<BookingDto>(HttpStatusCode.Created);
        foreach (var lost in responses.Where(r => r != won))
        {
            var problem = await lost.ProblemAsync(HttpStatusCode.Conflict);
            Assert.Equal(("booking.bay-taken", winner.Id.ToString()), (problem.Code(), problem.GetProperty("conflictingBookingId").GetString()));
        }

        var day = await app.GetAsync<DayScheduleDto>($"schedule?bayId={bay.Id}&day={DateOnly.FromDateTime(winner.StartsAt.DateTime):yyyy-MM-dd}");
        Assert.Equal(winner.Id, Assert.Single(Assert.Single(day.Bays).Bookings).Id);
    }

    [Fact]
    public async Task A_span_off_the_quarters_is_a_400_naming_the_field_and_unknown_things_are_named_too()
    {
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var start = app.Quarter(TimeSpan.FromDays(3));

        Assert.NotEmpty((await (await app.BookAsync(car, bay.Id, start.AddMinutes(5), Hour)).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("startsAt"));
        Assert.NotEmpty((await (await app.BookAsync(car, bay.Id, start, TimeSpan.FromMinutes(50))).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("endsAt"));
        Assert.NotEmpty((await (await app.BookAsync(car, Guid.NewGuid(), start, Hour)).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("bayId"));
        Assert.NotEmpty((await (await app.BookAsync(car, bay.Id, start, Hour, contactId: Guid.NewGuid())).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("contactId"));
        Assert.Equal("booking.not-found", (await (await app.Administrator.GetAsync($"{Root}/bookings/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound)).Code());
    }

    [Fact]
    public async Task Moving_cancelling_and_a_no_show_free_the_bay_and_tell_processes()
    {
        var (car, bay, other) = (await app.NewVehicleAsync(), await app.NewBayAsync(), await app.NewBayAsync());
        var start = app.Quarter(TimeSpan.FromDays(4));
        var booking = await app.BookedAsync(car, bay.Id, start, Hour);
        var blocker = await app.BookedAsync(await app.NewVehicleAsync(), other.Id, start + 3 * Hour, Hour);

        var stale = await app.SendWithIfMatchAsync(HttpMethod.Post, $"bookings/{booking.Id}/move", new { startsAt = start + Hour }, booking.Version + 1);
        Assert.Equal("concurrency.stale", (await stale.ProblemAsync(HttpStatusCode.Conflict)).Code());
        var moved = await app.PostAsync<BookingDto>($"bookings/{booking.Id}/move", new { startsAt = start + 2 * Hour });
        Assert.Equal((start + 2 * Hour, start + 3 * Hour), (moved.StartsAt, moved.EndsAt));
        await app.BookedAsync(await app.NewVehicleAsync(), bay.Id, start, Hour); // the old time is free
        var intoTaken = await app.Administrator.PostJsonAsync($"{Root}/bookings/{booking.Id}/move", new { startsAt = start + 3 * Hour, bayId = other.Id });
        Assert.Equal(blocker.Id.ToString(), (await intoTaken.ProblemAsync(HttpStatusCode.Conflict)).GetProperty("conflictingBookingId").GetString());
        Assert.Equal("moved", (await app.FactsAsync(booking.Id, "moved")).Event);

        var early = await app.Administrator.PostJsonAsync($"{Root}/bookings/{booking.Id}/no-show", new { reason = "not here" });
        Assert.Equal("booking.not-started", (await early.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
        app.Clock.Advance(moved.StartsAt - app.Clock.GetUtcNow() + TimeSpan.FromMinutes(20));
        var noShow = await app.PostAsync<BookingDto>($"bookings/{booking.Id}/no-show", new { reason = "did not answer the phone" });
        Assert.Equal((BookingStatus.NoShow, "did not answer the phone"), (noShow.Status, noShow.Reason));
        Assert.Equal("NoShow", (await app.FactsAsync(booking.Id, "no-show")).Fact("status"));
        await app.BookedAsync(await app.NewVehicleAsync(), bay.Id, moved.StartsAt, Hour); // a no-show frees the bay

        var again = await app.PostAsync<BookingDto>($"bookings/{booking.Id}/move", new { startsAt = moved.StartsAt + TimeSpan.FromDays(1) });
        Assert.Equal(BookingStatus.Booked, again.Status);
        var cancelled = await app.PostAsync<BookingDto>($"bookings/{booking.Id}/cancel", new { reason = "sold the car" });
        Assert.Equal(BookingStatus.Cancelled, cancelled.Status);
        Assert.Equal("sold the car", (await app.FactsAsync(booking.Id, "cancelled")).Fact("reason"));
        await app.BookedAsync(await app.NewVehicleAsync(), bay.Id, again.StartsAt, Hour);
        var twice = await app.Administrator.PostJsonAsync($"{Root}/bookings/{booking.Id}/cancel", new { });
        Assert.Equal("booking.closed", (await twice.ProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task A_booking_from_an_estimate_plans_its_works_books_it_and_answers_the_contact_client_booked()
    {
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var contact = await app.NewContactAsync();
        var estimate = await app.PostAsync<EstimateDto>("estimates", new
        {
            vehicleId = car.Id, contactId = contact,
            works = new[] { new { name = "Brake pads", normHours = 1.2m, price = 60m } },
            parts = new object[] { new { text = "Front pads", quantity = 2, price = 30m }, new { partReference = "BOSCH-0986494", price = 10m } },
        }, HttpStatusCode.Created);
        Assert.Equal((130m, car.OwnerClientId), (estimate.Total, estimate.ClientId!.Value));
        Assert.Equal(contact.ToString(), (await app.FactsAsync(estimate.Id, "opened")).Fact("contact.id"));

        var booking = await (await app.Administrator.PostJsonAsync($"{Root}/bookings", new
        {
            vehicleId = car.Id, bayId = bay.Id, startsAt = app.Quarter(TimeSpan.FromDays(5)), endsAt = app.Quarter(TimeSpan.FromDays(5) + Hour), estimateId = estimate.Id,
        })).ReadAsync<BookingDto>(HttpStatusCode.Created);

        Assert.Equal((estimate.Id, contact, "Brake pads"), (booking.EstimateId!.Value, booking.ContactId!.Value, Assert.Single(booking.PlannedWorks).Name));
        Assert.Equal(EstimateStatus.Booked, (await app.GetAsync<EstimateDto>($"estimates/{estimate.Id}")).Status);
        Assert.Equal(booking.Id.ToString(), (await app.FactsAsync(estimate.Id, "booked")).Fact("booking.id"));
        var created = await app.FactsAsync(booking.Id, "created");
        Assert.Equal((contact.ToString(), estimate.Id.ToString()), (created.Fact("contact.id"), created.Fact("estimate.id")));
        var answered = (await app.ContactAsync(contact)).Contact;
        Assert.Equal((ContactResult.ClientBooked, false), (answered.Result, answered.Open)); // the contact's result, by the booking
        var changed = await app.Administrator.PutAsJsonAsync($"{Root}/estimates/{estimate.Id}", new { works = Array.Empty<object>(), parts = Array.Empty<object>() }, Json.Options);
        Assert.Equal("estimate.booked", (await changed.ProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task The_days_schedule_is_the_readers_day_by_bay_and_master_consultant()
    {
        var (car, lift, pit) = (await app.NewVehicleAsync(), await app.NewBayAsync("A lift " + Guid.NewGuid()), await app.NewBayAsync("B pit " + Guid.NewGuid()));
        var tokyo = TimeSpan.FromHours(9); // the administrator's zone
        var day = DateOnly.FromDateTime(app.Clock.GetUtcNow().ToOffset(tokyo).DateTime).AddDays(10);
        DateTimeOffset At(int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(0, 0)).AddHours(hour).AddMinutes(minute), tokyo);
        var early = await app.BookedAsync(car, lift.Id, At(0, 30), Hour); // the day before, in UTC
        var late = await app.BookedAsync(car, pit.Id, At(23), TimeSpan.FromMinutes(30));
        await app.BookedAsync(car, pit.Id, At(24), Hour); // the next day in Tokyo
        await app.BookedAsync(car, lift.Id, At(-1), Hour); // the day before, ends at midnight
        var cancelled = await app.BookedAsync(car, lift.Id, At(12), Hour);
        await app.PostAsync<BookingDto>($"bookings/{cancelled.Id}/cancel", new { });

        var schedule = await app.GetAsync<DayScheduleDto>($"schedule?day={day:yyyy-MM-dd}");

        Assert.Equal(("Asia/Tokyo", At(0), At(24)), (schedule.TimeZone, schedule.From, schedule.To));
        var bays = schedule.Bays.Where(b => b.BayId == lift.Id || b.BayId == pit.Id).ToList();
        Assert.Equal([(lift.Id, early.Id), (pit.Id, late.Id)], bays.SelectMany(b => b.Bookings.Select(x => (b.BayId, x.Id))));
        Assert.Equal(At(0, 30), bays[0].Bookings[0].StartsAt);
        Assert.Equal(tokyo, bays[0].Bookings[0].StartsAt.Offset);
        Assert.Equal("AA 123 BB", bays[1].Bookings[0].Plate);
        var mine = Assert.Single(schedule.MasterConsultants, m => m.MasterConsultantId == app.AdministratorId);
        Assert.Contains(mine.Bookings, b => b.Id == late.Id);
        var onePit = await app.GetAsync<DayScheduleDto>($"schedule?day={day:yyyy-MM-dd}&bayId={pit.Id}");
        Assert.Equal(late.Id, Assert.Single(Assert.Single(onePit.Bays).Bookings).Id);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class BookingApiSqliteTests(SqliteApi app) : BookingApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class BookingApiPostgresTests(PostgresApi app) : BookingApiTests(app), IClassFixture<PostgresApi>;
