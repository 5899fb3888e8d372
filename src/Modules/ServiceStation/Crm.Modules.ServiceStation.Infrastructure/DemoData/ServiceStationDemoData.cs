using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Maintenance;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.ServiceStation.Infrastructure.DemoData;

/// <summary>
/// Development only, on first start: the workshop's bays, a few cars and the day's bookings (today and tomorrow) for the
/// demo master consultant, so a new user sees a real schedule, and one maintenance rule. Skipped when any bay exists. The people are Tasking's
/// demo staff (Ana Souza, master consultant; Ivan Petrov and Lucía García, call-centre operators): the station learns
/// their names from Tasking's employee cards like any other (ADR 0074), never from Tasking's tables.
/// </summary>
internal static class ServiceStationDemoData
{
    /// <summary>Tasking's demo master consultant (TaskingDemoData.MasterConsultant): fixed, as the shipped processes fix the operators' position.</summary>
    public static readonly Guid MasterConsultant = Guid.Parse("7a1f0c3e-5b2d-4c1a-9e3f-0c11d0000201");

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<ServiceStationDbContext>();
        if (await db.Bays.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var bays = new[] { "Lift 1", "Lift 2", "Wheel alignment" }.Select(name => Bay.Create(new BayId(Guid.NewGuid()), name)).ToList();
        db.Bays.AddRange(bays);
        var cars = new[]
        {
            Car("WVWZZZ1JZXW000001", new VehicleDetails("AA 1234 BB", "Volkswagen", "Golf", 2019), now),
            Car("TMBJJ7NE5J0123456", new VehicleDetails("AB 5678 CE", "Škoda", "Octavia", 2018), now),
            Car("VF1RFB00X61234567", new VehicleDetails("AC 9012 EK", "Renault", "Megane", 2016), now),
        };
        db.Vehicles.AddRange(cars);

        // Booked (not in the database behind the desk's back): the cards of the staff arrive after start, so the
        // demo does not wait for them; the master consultant is Tasking's demo one.
        var hour = new DateTime(now.Year, now.Month, now.Day, now.Hour, 0, 0, DateTimeKind.Utc).AddHours(1);
        db.Bookings.AddRange(
            Book(cars[0], bays[0], hour, 1, "Oil and filter change", now),
            Book(cars[1], bays[1], hour, 2, "Brake pads, front", now),
            Book(cars[2], bays[0], hour.AddHours(2), 1, "Diagnostics: engine light", now),
            Book(cars[0], bays[2], hour.AddDays(1), 1, "Wheel alignment", now));

        // One maintenance rule for every make: the periodic check invites cars to it (ADR 0077).
        db.MaintenanceRules.Add(MaintenanceRule.Create(
            new MaintenanceRuleId(Guid.NewGuid()), new MaintenanceInterval("Oil and filter change", 12, 15_000, null), active: true, now));

        // Through the unit of work, so the bookings are announced to processes like any other (facts in the outbox).
        using var unitOfWork = services.GetRequiredService<IUnitOfWorkLocator>().For(typeof(ServiceStationDemoData)).Begin();
        await unitOfWork.CommitAsync(cancellationToken);
    }

    private static Vehicle Car(string vin, VehicleDetails details, DateTime now)
    {
        var car = Vehicle.Register(new VehicleId(Guid.NewGuid()), Vin.Of(vin), details, Guid.NewGuid(), now);
        car.RecordMileage(60_000, now.AddDays(-200), MileageSource.Manual, odometerReplaced: false, now);
        return car;
    }

    private static Booking Book(Vehicle car, Bay bay, DateTime startsAtUtc, int hours, string work, DateTime now) =>
        Booking.Make(new BookingId(Guid.NewGuid()), new BookingSpec(car.OwnerClientId, car.Id.Value, MasterConsultant,
            new BookingTime(bay.Id, startsAtUtc, startsAtUtc.AddHours(hours)), [new WorkSpec(work, hours, 50m * hours)], null, null), null, now);
}
