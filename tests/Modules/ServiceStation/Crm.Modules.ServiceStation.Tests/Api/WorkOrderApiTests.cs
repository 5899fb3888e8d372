using System.Net;
using Crm.Modules.ServiceStation.Application.Bookings;
using Crm.Modules.ServiceStation.Application.Vehicles;
using Crm.Modules.ServiceStation.Application.WorkOrders;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.WorkOrders;
using Crm.Tests.Support;
using Xunit;
using static Crm.Modules.ServiceStation.Tests.Api.DocumentsApi;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>Work orders through HTTP: accepting a booked car or a client who came at once, closing with declined works.</summary>
public abstract class WorkOrderApiTests(ApiFixture app)
{
    [Fact]
    public async Task A_booked_car_is_accepted_with_its_planned_works_and_its_mileage_becomes_a_reading()
    {
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var contact = await app.NewContactAsync();
        var booking = await app.BookedAsync(car, bay.Id, app.Quarter(TimeSpan.FromHours(1)), TimeSpan.FromHours(2), contact);

        var order = await app.PostAsync<WorkOrderDto>("work-orders", new { bookingId = booking.Id, mileageKm = 61_500 }, HttpStatusCode.Created);

        Assert.Equal((booking.Id, contact, bay.Id, car.OwnerClientId, 61_500), (order.BookingId!.Value, order.ContactId!.Value, order.BayId!.Value, order.ClientId, order.MileageKm));
        Assert.Equal(("Oil change", WorkStatus.Planned), (Assert.Single(order.Works).Name, order.Works[0].Status));
        var accepted = await app.GetAsync<BookingDto>($"bookings/{booking.Id}");
        Assert.Equal((BookingStatus.Arrived, order.Id), (accepted.Status, accepted.WorkOrderId!.Value));
        var reading = Assert.Single((await app.GetAsync<VehicleDto>($"vehicles/{car.Id}")).Readings);
        Assert.Equal((61_500, MileageSource.WorkOrder), (reading.Km, reading.Source));
        Assert.Equal(ContactResult.ClientBooked, (await app.ContactAsync(contact)).Contact.Result); // answered by the booking already
        var opened = await app.FactsAsync(order.Id, "opened");
        Assert.Equal((booking.Id.ToString(), contact.ToString()), (opened.Fact("booking.id"), opened.Fact("contact.id")));

        var again = await app.Administrator.PostJsonAsync($"{Root}/work-orders", new { bookingId = booking.Id, mileageKm = 61_600 });
        Assert.Equal("booking.closed", (await again.ProblemAsync(HttpStatusCode.Conflict)).Code());
        var lower = await app.Administrator.PostJsonAsync($"{Root}/work-orders", new { vehicleId = car.Id, mileageKm = 60_000 });
        Assert.Equal("mileage.goes-back", (await lower.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
    }

    [Fact]
    public async Task A_client_who_came_at_once_gets_a_work_order_straight_from_the_contact()
    {
        var car = await app.NewVehicleAsync();
        var contact = await app.NewContactAsync();

        var order = await app.PostAsync<WorkOrderDto>("work-orders", new
        {
            vehicleId = car.Id, contactId = contact, mileageKm = 1_000,
            works = new[] { new { name = "Diagnostics", normHours = 0.5m, price = 25m } },
            parts = new[] { new { text = "Bulb H7", quantity = 1, price = 5m } },
        }, HttpStatusCode.Created);

        Assert.Equal((null, contact, app.AdministratorId, 30m), (order.BookingId, order.ContactId!.Value, order.MasterConsultantId, order.Total));
        Assert.Equal(contact.ToString(), (await app.FactsAsync(order.Id, "opened")).Fact("contact.id"));
        Assert.Equal(ContactResult.ClientBooked, (await app.ContactAsync(contact)).Contact.Result); // the contact's result, by the work order
        Assert.Equal("client-booked", (await app.Factory.Events.WaitForAsync<Crm.Modules.Processes.Contracts.FactsReportedIntegrationEvent>(
            f => f.Object.Id == contact.ToString() && f.Event == "result-set"))[0].Fact("result"));
        Assert.NotEmpty((await (await app.Administrator.PostJsonAsync($"{Root}/work-orders", new { mileageKm = 1 })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("vehicleId"));
        var unknownCar = await app.Administrator.PostJsonAsync($"{Root}/work-orders", new { vehicleId = Guid.NewGuid(), mileageKm = 1 });
        Assert.NotEmpty((await unknownCar.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("vehicleId"));
    }

    [Fact]
    public async Task Closing_with_declined_works_makes_recommendations_with_their_dates()
    {
        var car = await app.NewVehicleAsync();
        var order = await app.PostAsync<WorkOrderDto>("work-orders", new
        {
            vehicleId = car.Id, mileageKm = 80_000,
            works = new[] { new { name = "Oil change", normHours = 0.5m, price = 40m }, new { name = "Brake discs", normHours = 2m, price = 150m } },
        }, HttpStatusCode.Created);
        order = await app.PostAsync<WorkOrderDto>($"work-orders/{order.Id}/lines", new { works = new[] { new { name = "Wheel alignment", normHours = 1m, price = 60m } } });
        Assert.Equal(["Oil change", "Brake discs", "Wheel alignment"], order.Works.Select(w => w.Name)); // in the order written
        Guid Work(string name) => order.Works.Single(w => w.Name == name).Id;
        var (oil, discs, alignment) = (Work("Oil change"), Work("Brake discs"), Work("Wheel alignment"));
        await app.PostAsync<WorkOrderDto>($"work-orders/{order.Id}/works/{oil}/status", new { status = "Done" });

        var unsettled = await app.Administrator.PostJsonAsync($"{Root}/work-orders/{order.Id}/close", new { declined = new[] { new { workId = discs } } });
        Assert.Equal("work-order.works-unsettled", (await unsettled.ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());

        var due = new DateOnly(2027, 3, 1);
        var closed = await app.PostAsync<WorkOrderDto>($"work-orders/{order.Id}/close", new
        {
            done = new[] { alignment }, declined = new[] { new { workId = discs, dueOn = due } },
        });

        Assert.Equal(WorkOrderStatus.Closed, closed.Status);
        Assert.Equal(("Brake discs", (DateOnly?)due), (Assert.Single(closed.Recommendations).WorkName, closed.Recommendations[0].DueOn));
        Assert.Equal(40m + 60m, closed.Total);
        var facts = await app.FactsAsync(order.Id, "closed");
        Assert.Equal("1", facts.Fact("declined-works"));
        var recommended = await app.GetAsync<List<RecommendationDto>>($"vehicles/{car.Id}/recommendations");
        Assert.Equal((order.Id, "Brake discs", (DateOnly?)due), (Assert.Single(recommended).WorkOrderId, recommended[0].WorkName, recommended[0].DueOn));
        var closedAgain = await app.Administrator.PostJsonAsync($"{Root}/work-orders/{order.Id}/lines", new { works = new[] { new { name = "x" } } });
        Assert.Equal("work-order.closed", (await closedAgain.ProblemAsync(HttpStatusCode.Conflict)).Code());
    }
}

[Trait("Provider", "Sqlite")]
public sealed class WorkOrderApiSqliteTests(SqliteApi app) : WorkOrderApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class WorkOrderApiPostgresTests(PostgresApi app) : WorkOrderApiTests(app), IClassFixture<PostgresApi>;
