using System.Net;
using System.Text.Json;
using Crm.Modules.ServiceStation.Application.Bookings;
using Crm.Modules.ServiceStation.Application.Estimates;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Application.WorkOrders;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>
/// The station's shipped processes "Service station visit", "Estimate made, continue" and "Select parts" (ADR 0076),
/// through HTTP only: the front office books, opens work orders and adds parts; the master consultant, the operator
/// and the parts specialist find their tasks in their inboxes, due when the seed says, and the documents close them.
/// </summary>
public abstract class VisitProcessTests(ApiFixture app)
{
    private const string Accept = "Accept the client's car";
    private const string AcceptPostponed = "Task postponed, accept the client's car";
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public async Task A_booking_asks_the_master_consultants_to_accept_the_car_at_its_time_and_the_work_order_closes_it_as_client_arrived()
    {
        var consultant = await EmployeeInAsync(StationProcessTemplates.MasterConsultants, "Ana");
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var start = app.Quarter(TimeSpan.FromDays(1));
        var booking = await app.BookedAsync(car, bay.Id, start, Hour);

        var task = await InboxTaskAsync(consultant, booking.Id, Accept);
        Assert.Equal(start, task.GetProperty("dueAt").GetDateTimeOffset());
        Assert.NotEqual("Overdue", task.GetProperty("urgency").GetString()); // due tomorrow, not yet late

        app.Clock.Advance(start - app.Clock.GetUtcNow() + TimeSpan.FromMinutes(5));
        await app.PostAsync<WorkOrderDto>("work-orders", new { bookingId = booking.Id, mileageKm = 42_000 }, HttpStatusCode.Created);

        await ClosedByItselfAsync(task, StationTaskTypes.ClientArrived);
        Assert.Equal("positive", await OutcomeAsync("booking", booking.Id));
    }

    [Fact]
    public async Task A_no_show_is_moved_to_the_time_the_client_names_and_the_postponed_task_follows_every_move_of_the_booking()
    {
        var consultant = await EmployeeInAsync(StationProcessTemplates.MasterConsultants, "Boris");
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var start = app.Quarter(TimeSpan.FromDays(1));
        var booking = await app.BookedAsync(car, bay.Id, start, Hour);
        var task = await InboxTaskAsync(consultant, booking.Id, Accept);

        app.Clock.Advance(start - app.Clock.GetUtcNow() + TimeSpan.FromMinutes(30));
        await app.PostAsync<BookingDto>($"bookings/{booking.Id}/no-show", new { reason = "did not come" });
        task = await InboxTaskAsync(consultant, booking.Id, Accept); // the no-show leaves the choice open: move or no arrival
        Assert.Equal("Overdue", task.GetProperty("urgency").GetString());
        var newStart = start + TimeSpan.FromDays(2);
        await AnswerAsync(consultant, task, new { result = StationTaskTypes.Postponed, moment = newStart });

        var postponed = await InboxTaskAsync(consultant, booking.Id, AcceptPostponed);
        Assert.Equal(newStart, postponed.GetProperty("dueAt").GetDateTimeOffset());
        var moved = await app.GetAsync<BookingDto>($"bookings/{booking.Id}");
        Assert.Equal((newStart, BookingStatus.Booked), (moved.StartsAt, moved.Status));

        // Moved again by the front office: the open task is due at the booking's new time.
        var later = newStart + TimeSpan.FromHours(3);
        await app.PostAsync<BookingDto>($"bookings/{booking.Id}/move", new { startsAt = later });
        await TaskCardAsync(postponed, t => t.GetProperty("dueAt").GetDateTimeOffset() == later);
    }

    [Fact]
    public async Task No_arrival_needs_a_reason_from_the_directory_and_records_it()
    {
        var consultant = await EmployeeInAsync(StationProcessTemplates.MasterConsultants, "Clara");
        var reason = (await (await app.Administrator.PostJsonAsync("/api/tasking/refusal-reasons", new { name = $"Client went elsewhere {Guid.NewGuid():N}" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("name").GetString();
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var start = app.Quarter(TimeSpan.FromDays(1));
        var booking = await app.BookedAsync(car, bay.Id, start, Hour);
        var task = await InboxTaskAsync(consultant, booking.Id, Accept);
        app.Clock.Advance(start - app.Clock.GetUtcNow() + Hour);

        var withoutReason = await consultant.PostJsonAsync($"/api/tasking/tasks/{task.GetProperty("id").GetGuid()}/complete", new { result = StationTaskTypes.NoArrival });
        Assert.True(withoutReason.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.UnprocessableEntity, $"{withoutReason.StatusCode}");
        await AnswerAsync(consultant, task, new { result = StationTaskTypes.NoArrival, reason });

        var closed = await TaskCardAsync(task, t => t.GetProperty("status").GetString() == "Done");
        Assert.Equal((StationTaskTypes.NoArrival, reason), (closed.GetProperty("result").GetProperty("code").GetString(), closed.GetProperty("result").GetProperty("reason").GetString()));
        Assert.Equal("negative", await OutcomeAsync("booking", booking.Id));
        var noShow = await Eventually.HoldsAsync(() => app.GetAsync<BookingDto>($"bookings/{booking.Id}"), b => b.Status == BookingStatus.NoShow, "the booking marked a no-show");
        Assert.Null(noShow.WorkOrderId);
    }

    [Fact]
    public async Task An_estimate_from_a_contact_asks_the_operators_to_continue_and_closes_when_it_is_booked()
    {
        var operatorClient = await EmployeeInAsync(StationProcessTemplates.CallCentreOperators, "Oleg");
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var contact = await app.NewContactAsync();
        var estimate = await app.PostAsync<EstimateDto>("estimates", new
        {
            vehicleId = car.Id, contactId = contact, works = new[] { new { name = "Brake pads", normHours = 1.2m, price = 60m } },
        }, HttpStatusCode.Created);

        var task = await InboxTaskAsync(operatorClient, estimate.Id, "Estimate made, continue");
        await app.Administrator.PostJsonAsync($"{DocumentsApi.Root}/bookings", new
        {
            vehicleId = car.Id, bayId = bay.Id, startsAt = app.Quarter(TimeSpan.FromDays(3)), endsAt = app.Quarter(TimeSpan.FromDays(3) + Hour), estimateId = estimate.Id,
        });

        await ClosedByItselfAsync(task, StationTaskTypes.ClientBooked);
        Assert.Equal("positive", await OutcomeAsync("estimate", estimate.Id));
    }

    [Fact]
    public async Task A_work_order_asking_for_parts_in_words_asks_the_parts_specialists_and_closes_when_the_parts_are_added()
    {
        var specialist = await EmployeeInAsync(StationProcessTemplates.PartsSpecialists, "Marta");
        var car = await app.NewVehicleAsync();
        var order = await app.PostAsync<WorkOrderDto>("work-orders", new
        {
            vehicleId = car.Id, mileageKm = 30_000, parts = new[] { new { text = "Front brake pads", quantity = 1m, price = 0m } },
        }, HttpStatusCode.Created);

        var task = await InboxTaskAsync(specialist, order.Id, "Select parts");
        await app.PostAsync<WorkOrderDto>($"work-orders/{order.Id}/lines", new { parts = new[] { new { partReference = "BOSCH-0986494", quantity = 1m, price = 45m } } });

        await ClosedByItselfAsync(task, StationTaskTypes.PartsSelected);
        Assert.Equal("positive", await OutcomeAsync("work-order", order.Id));
    }

    [Fact]
    public async Task A_booking_needing_parts_asks_the_parts_specialists_closes_when_they_are_added_and_the_work_order_carries_them()
    {
        var specialist = await EmployeeInAsync(StationProcessTemplates.PartsSpecialists, "Pavel");
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var start = app.Quarter(TimeSpan.FromDays(2));
        var booking = await (await app.Administrator.PostJsonAsync($"{DocumentsApi.Root}/bookings", new
        {
            vehicleId = car.Id, bayId = bay.Id, startsAt = start, endsAt = start + Hour,
            plannedParts = new[] { new { text = "Timing belt kit", quantity = 1m, price = 0m } },
        })).ReadAsync<BookingDto>(HttpStatusCode.Created);

        var task = await InboxTaskAsync(specialist, booking.Id, "Select parts");
        var withParts = await app.PostAsync<BookingDto>($"bookings/{booking.Id}/parts", new { parts = new[] { new { partReference = "GATES-K015603XS", quantity = 1m, price = 120m } } });
        Assert.Equal(["Timing belt kit", null], withParts.PlannedParts.Select(p => p.Text));

        await ClosedByItselfAsync(task, StationTaskTypes.PartsSelected);
        var order = await app.PostAsync<WorkOrderDto>("work-orders", new { bookingId = booking.Id, mileageKm = 88_000 }, HttpStatusCode.Created);
        Assert.Equal(["GATES-K015603XS"], order.Parts.Where(p => p.PartReference is not null).Select(p => p.PartReference));
        var empty = await app.Administrator.PostJsonAsync($"{DocumentsApi.Root}/bookings/{booking.Id}/parts", new { parts = Array.Empty<object>() });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    private Task<HttpClient> EmployeeInAsync(Guid position, string name) => app.EmployeeInAsync(position, name);

    private static Task<JsonElement> InboxTaskAsync(HttpClient employee, Guid subject, string title) =>
        Eventually.HoldsAsync(
            async () => (await (await employee.GetAsync("/api/tasking/inbox?limit=200")).ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                .FirstOrDefault(t => t.GetProperty("title").GetString() == title && t.GetProperty("subject").GetProperty("id").GetString() == subject.ToString()),
            t => t.ValueKind == JsonValueKind.Object, $"'{title}' about {subject} in the inbox");

    private Task<JsonElement> TaskCardAsync(JsonElement task, Func<JsonElement, bool> until) =>
        Eventually.HoldsAsync(
            async () => await (await app.Administrator.GetAsync($"/api/tasking/tasks/{task.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>(),
            until, $"task {task.GetProperty("id")} as expected");

    /// <summary>The task closed by itself (the document it waited for appeared) with <paramref name="result"/>.</summary>
    private async Task ClosedByItselfAsync(JsonElement task, string result)
    {
        var closed = (await TaskCardAsync(task, t => t.GetProperty("status").GetString() == "Done")).GetProperty("result");
        Assert.Equal((result, true), (closed.GetProperty("code").GetString(), closed.GetProperty("closedByItself").GetBoolean()));
    }

    private static async Task AnswerAsync(HttpClient employee, JsonElement task, object answer)
    {
        var id = task.GetProperty("id").GetGuid();
        (await employee.PostAsync($"/api/tasking/tasks/{id}/take", null)).EnsureSuccessStatusCode();
        var response = await employee.PostJsonAsync($"/api/tasking/tasks/{id}/complete", answer);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The outcome of the finished instance on the object, and that it never had an incident.</summary>
    private async Task<string?> OutcomeAsync(string type, Guid id)
    {
        var instance = await Eventually.HoldsAsync(
            async () => (await (await app.Administrator.GetAsync($"/api/processes/instances?objectType={type}&objectId={id}")).ReadAsync<JsonElement>()).EnumerateArray().FirstOrDefault(),
            i => i.ValueKind == JsonValueKind.Object && i.GetProperty("state").GetString() == "Finished", $"the process on {type} {id} finished");
        Assert.False(instance.GetProperty("hasIncident").GetBoolean());
        return instance.GetProperty("outcome").GetString();
    }
}

[Trait("Provider", "Sqlite")]
public sealed class VisitProcessSqliteTests(SqliteApi app) : VisitProcessTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class VisitProcessPostgresTests(PostgresApi app) : VisitProcessTests(app), IClassFixture<PostgresApi>;
