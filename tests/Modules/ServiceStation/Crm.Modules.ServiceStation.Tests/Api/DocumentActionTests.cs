using System.Globalization;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.ServiceStation.Application.Bookings;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Contacts;
using Crm.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>The actions the station offers processes: register a booking, move it, mark a no-show; a taken bay is a refusal.</summary>
public abstract class DocumentActionTests(ApiFixture app)
{
    [Fact]
    public async Task The_station_offers_its_actions_to_processes() =>
        await app.Factory.Events.WaitForAsync<ActionsOfferedIntegrationEvent>(o => o.Module == ServiceStationFacts.Module
            && o.Actions.Select(a => a.Name).Distinct().Order().SequenceEqual(new[] { "invite-client", "mark-no-show", "move-booking", "register-booking" })
            && o.Actions.Single(a => a.Name == "invite-client").ObjectType == ServiceStationFacts.WorkOrder);

    [Fact]
    public async Task A_process_books_from_a_contact_moves_the_booking_marks_a_no_show_and_is_refused_a_taken_bay()
    {
        var (car, bay) = (await app.NewVehicleAsync(), await app.NewBayAsync());
        var contact = await app.NewContactAsync();
        var start = app.Quarter(TimeSpan.FromDays(1));

        var booked = await RequestAsync("register-booking", ServiceStationFacts.Contact, contact,
            new() { ["vehicle-id"] = car.Id.ToString(), ["bay-id"] = bay.Id.ToString(), ["starts-at"] = Iso(start) });

        Assert.True(booked.Succeeded, booked.Error);
        var created = (await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Event == "created" && f.Fact("contact.id") == contact.ToString()))[0];
        var bookingId = Guid.Parse(created.Object.Id);
        var booking = await app.GetAsync<BookingDto>($"bookings/{bookingId}");
        Assert.Equal((start, start.AddHours(1), app.AdministratorId), (booking.StartsAt, booking.EndsAt, booking.MasterConsultantId));
        Assert.Equal(ContactResult.ClientBooked, (await app.ContactAsync(contact)).Contact.Result);

        var taken = await RequestAsync("register-booking", ServiceStationFacts.Vehicle, (await app.NewVehicleAsync()).Id,
            new() { ["bay-id"] = bay.Id.ToString(), ["starts-at"] = Iso(start.AddMinutes(30)) });
        Assert.False(taken.Succeeded);
        Assert.Contains(bookingId.ToString(), taken.Error, StringComparison.Ordinal);

        var moved = await RequestAsync("move-booking", ServiceStationFacts.Booking, bookingId, new() { ["starts-at"] = Iso(start.AddHours(3)) });
        Assert.True(moved.Succeeded, moved.Error);
        Assert.Equal(start.AddHours(3), (await app.GetAsync<BookingDto>($"bookings/{bookingId}")).StartsAt);

        app.Clock.Advance(start.AddHours(3.5) - app.Clock.GetUtcNow());
        var noShow = await RequestAsync("mark-no-show", ServiceStationFacts.Booking, bookingId, new() { ["reason"] = "no answer" });
        Assert.True(noShow.Succeeded, noShow.Error);
        Assert.Equal(BookingStatus.NoShow, (await app.GetAsync<BookingDto>($"bookings/{bookingId}")).Status);
        var badMoment = await RequestAsync("move-booking", ServiceStationFacts.Booking, bookingId, new() { ["starts-at"] = "tomorrow" });
        Assert.False(badMoment.Succeeded);
    }

    private static string Iso(DateTimeOffset moment) => moment.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Delivers the request the way the outbox dispatcher does, and waits for the station's answer.</summary>
    private async Task<ActionCompletedIntegrationEvent> RequestAsync(string action, string type, Guid subject, Dictionary<string, string?> parameters)
    {
        var request = new ActionRequestedIntegrationEvent(Guid.NewGuid(), Guid.NewGuid(), ServiceStationFacts.Module, action,
            new ObjectReference(type, subject.ToString()), parameters, app.AdministratorId);
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(IntegrationEventNotification.Wrap(request));
        }

        return (await app.Factory.Events.WaitForAsync<ActionCompletedIntegrationEvent>(c => c.RequestId == request.RequestId))[0];
    }
}

[Trait("Provider", "Sqlite")]
public sealed class DocumentActionSqliteTests(SqliteApi app) : DocumentActionTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class DocumentActionPostgresTests(PostgresApi app) : DocumentActionTests(app), IClassFixture<PostgresApi>;
