using System.Net;
using System.Text.Json;
using Crm.Modules.SpareParts.Application.Processes;
using Crm.Modules.SpareParts.Infrastructure.Supply;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>
/// The promise date follows the parts (ADR 0085), through HTTP on the test clock: a booking waits for a customer
/// order's part; its supply deadline passes, the robot's "Goods late" task is answered with a new deadline after the
/// visit, and the booking (card and day schedule) shows the parts late with their expected moment, the client is
/// written to once through Sales; the master consultant's move clears the flag, and the goods' arrival clears the wait.
/// </summary>
public abstract class BookingPromiseTests(ApiFixture app)
{
    [Fact]
    public async Task Late_goods_answered_with_a_deadline_after_the_visit_flag_the_booking_tell_the_client_once_and_the_goods_arrival_clears_it()
    {
        var client = await SalesClientAsync();
        var car = await app.NewVehicleAsync(client);
        var bay = (await app.StationPostAsync("bays", new { name = $"Lift {Guid.NewGuid():N}" })).GetProperty("id").GetGuid();
        var visit = new DateTimeOffset(app.Clock.GetUtcNow().UtcDateTime.Date.AddDays(5).AddHours(10), TimeSpan.Zero);
        var booking = (await app.StationPostAsync("bookings", new { vehicleId = car, bayId = bay, startsAt = visit, endsAt = visit.AddHours(1) })).GetProperty("id").GetGuid();
        var (manager, managerId) = await app.ManagerAsync("Pavel");
        var part = await app.PartAsync();
        var store = await app.WarehouseAsync();
        var order = await app.PostedForAsync(managerId, store, (part.Id, 1m, visit.AddDays(-3)), bookingId: booking, clientId: client);

        var waiting = await BookingWhenAsync(booking, b => b.GetProperty("partsExpectedAt").ValueKind != JsonValueKind.Null, "the parts expected on the booking");
        Assert.Equal((visit.AddDays(-3), false), (waiting.GetProperty("partsExpectedAt").GetDateTimeOffset(), waiting.GetProperty("partsLate").GetBoolean()));

        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.Factory.Services.GetRequiredService<SupplyDeadlineCheckJob>().RunOnceAsync(CancellationToken.None);
        var task = await manager.TaskAsync(order.Id, "Goods late: agree new dates");
        var newDeadline = visit.AddDays(2);
        await manager.AnswerAsync(task, new { result = SparePartsTaskTypes.NewDeadline, moment = newDeadline });

        var late = await BookingWhenAsync(booking, b => b.GetProperty("partsLate").GetBoolean(), "the booking flagged: parts late");
        Assert.Equal(newDeadline, late.GetProperty("partsExpectedAt").GetDateTimeOffset());
        var day = await app.StationGetAsync($"schedule?day={visit:yyyy-MM-dd}&bayId={bay}");
        var scheduled = Assert.Single(day.GetProperty("bays")[0].GetProperty("bookings").EnumerateArray());
        Assert.Equal((true, newDeadline), (scheduled.GetProperty("partsLate").GetBoolean(), scheduled.GetProperty("partsExpectedAt").GetDateTimeOffset()));
        var message = Assert.Single(await Eventually.HoldsAsync(() => MessagesAsync(client), m => m.Count > 0, "the client's message"));
        Assert.Contains($"{newDeadline:yyyy-MM-dd HH:mm}", message.GetProperty("body").GetString(), StringComparison.Ordinal);

        var moved = await app.Administrator.PostJsonAsync($"/api/service-station/bookings/{booking}/move", new { startsAt = newDeadline.AddDays(1), endsAt = newDeadline.AddDays(1).AddHours(1) });
        Assert.False((await moved.ReadAsync<JsonElement>()).GetProperty("partsLate").GetBoolean());
        await app.ReceiveAsync(store, (part.Id, 1m));
        var ready = await BookingWhenAsync(booking, b => b.GetProperty("partsExpectedAt").ValueKind == JsonValueKind.Null, "the parts in stock");
        Assert.False(ready.GetProperty("partsLate").GetBoolean());
        await Task.Delay(TimeSpan.FromMilliseconds(500), TestContext.Current.CancellationToken);
        Assert.Single(await MessagesAsync(client)); // one message for the one moved deadline
    }

    private async Task<Guid> SalesClientAsync()
    {
        var phone = "+79" + Random.Shared.NextInt64(100_000_000, 999_999_999);
        var created = await app.Administrator.PostJsonAsync("/api/sales/clients", new { name = "Anna Petrova", email = $"{Guid.NewGuid():N}@example.com", phone, timeZone = "UTC" });
        return (await created.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private Task<JsonElement> BookingWhenAsync(Guid booking, Func<JsonElement, bool> until, string what) =>
        Eventually.HoldsAsync(() => app.StationGetAsync($"bookings/{booking}"), until, what);

    private async Task<List<JsonElement>> MessagesAsync(Guid client) =>
        (await (await app.Administrator.GetAsync($"/api/sales/clients/{client}")).ReadAsync<JsonElement>()).GetProperty("messages").EnumerateArray().ToList();
}

[Trait("Provider", "Sqlite")]
public sealed class BookingPromiseSqliteTests(SqliteApi app) : BookingPromiseTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class BookingPromisePostgresTests(PostgresApi app) : BookingPromiseTests(app), IClassFixture<PostgresApi>;
