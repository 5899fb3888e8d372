using Crm.Modules.ServiceStation.Domain.Bays;
using Crm.Modules.ServiceStation.Domain.Bookings;
using Crm.Modules.ServiceStation.Domain.Common;
using Crm.Modules.ServiceStation.Domain.Vehicles;
using Crm.Modules.ServiceStation.Domain.WorkOrders;

namespace Crm.Modules.ServiceStation.Tests.Domain;

/// <summary>The station's usual suspects for domain tests: a car, a bay, a master consultant, a morning booking.</summary>
internal static class StationSamples
{
    public const string NorthAmericanVin = "1M8GDM9AXKP042788"; // the standard's worked example: check digit X
    public const string EuropeanVin = "WVWZZZ1JZXW000001";

    public static readonly DateTime Now = new(2026, 3, 10, 9, 0, 0, DateTimeKind.Utc);
    public static readonly Guid Client = Guid.Parse("00000000-0000-0000-0000-00000000c11e");
    public static readonly Guid Master = Guid.Parse("00000000-0000-0000-0000-0000000000ac");
    public static readonly BayId Lift1 = new(Guid.Parse("00000000-0000-0000-0000-0000000000b1"));
    public static readonly BayId Lift2 = new(Guid.Parse("00000000-0000-0000-0000-0000000000b2"));

    public static Vehicle Car() =>
        Vehicle.Register(new VehicleId(Guid.NewGuid()), Vin.Of(EuropeanVin), new VehicleDetails("aa 123 bb", "Volkswagen", "Golf", 2019), Client, Now);

    public static BookingTime At(BayId bay, int hour, int minutes = 0, int hours = 1)
    {
        var start = Now.Date.AddDays(1).AddHours(hour).AddMinutes(minutes);
        return new BookingTime(bay, start, start.AddHours(hours));
    }

    public static Booking Booking(BookingTime? time = null, Guid? contact = null) =>
        Crm.Modules.ServiceStation.Domain.Bookings.Booking.Make(new BookingId(Guid.NewGuid()),
            new BookingSpec(Client, Guid.NewGuid(), Master, time ?? At(Lift1, 10), [new WorkSpec("Oil change", 0.5m, 40m)], contact, null), Master, Now);

    public static WorkOrder WorkOrder(params string[] works) =>
        Crm.Modules.ServiceStation.Domain.WorkOrders.WorkOrder.Open(new WorkOrderId(Guid.NewGuid()),
            new WorkOrderSpec(Client, Guid.NewGuid(), Master, Lift1, null, null, 52_000, works.Select(w => new WorkSpec(w, 1m, 50m)).ToList(),
                [new PartSpec("Oil filter", null, 1m, 12m)]), Master, Now);
}
