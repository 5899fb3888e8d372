using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.ServiceStation.Application.Bays.ListBays;
using Crm.Modules.ServiceStation.Application.Bookings;
using Crm.Modules.ServiceStation.Application.Contacts;
using Crm.Modules.ServiceStation.Application.Vehicles;
using Crm.Modules.ServiceStation.Domain.Staff;
using Crm.Modules.ServiceStation.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>What the documents' tests do again and again, through HTTP as the front office would.</summary>
internal static class DocumentsApi
{
    public const string Root = "/api/service-station";

    private static int _vinSerial = 100_000;

    /// <summary>A new European VIN (no check digit there), unique in this test run.</summary>
    public static string NewVin() => $"WVWZZZ1JZ{Interlocked.Increment(ref _vinSerial):D8}";

    /// <summary>A new car; documents about it name the administrator as master consultant, so the station must know them first.</summary>
    public static async Task<VehicleDto> NewVehicleAsync(this ApiFixture app, Guid? owner = null, string? vin = null)
    {
        await app.SharedAsync("station-knows-the-administrator", a => a.OnStationStaffAsync(a.AdministratorId, _ => true));
        return await (await app.Administrator.PostJsonAsync($"{Root}/vehicles", new
        {
            vin = vin ?? NewVin(), plate = "aa 123 bb", make = "Volkswagen", model = "Golf", year = 2019, ownerClientId = owner ?? Guid.NewGuid(),
        })).ReadAsync<VehicleDto>(HttpStatusCode.Created);
    }

    /// <summary>
    /// The station's copy of an employee's card once it holds <paramref name="until"/>: the copy lags Tasking by the
    /// outbox's delivery (ADR 0059), and no endpoint lists it, so the wait reads the module's table.
    /// </summary>
    public static async Task<StationEmployee> OnStationStaffAsync(this ApiFixture app, Guid employeeId, Func<StationEmployee, bool> until) =>
        (await Eventually.HoldsAsync(
            async () =>
            {
                await using var scope = app.Factory.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<ServiceStationDbContext>().Staff.AsNoTracking().FirstOrDefaultAsync(e => e.Id == employeeId);
            },
            e => e is not null && until(e),
            $"the station's copy of employee {employeeId}"))!;

    public static async Task<BayDto> NewBayAsync(this ApiFixture app, string? name = null) =>
        await (await app.Administrator.PostJsonAsync($"{Root}/bays", new { name = name ?? $"Lift {Guid.NewGuid():N}" })).ReadAsync<BayDto>(HttpStatusCode.Created);

    /// <summary>The next quarter of an hour on the test clock, plus <paramref name="later"/>.</summary>
    public static DateTimeOffset Quarter(this ApiFixture app, TimeSpan later)
    {
        var now = app.Clock.GetUtcNow();
        var quarter = TimeSpan.FromMinutes(15).Ticks;
        return new DateTimeOffset((now.UtcTicks / quarter + 1) * quarter, TimeSpan.Zero) + later;
    }

    public static Task<HttpResponseMessage> BookAsync(
        this ApiFixture app, VehicleDto car, Guid bayId, DateTimeOffset startsAt, TimeSpan length, Guid? contactId = null, Guid? estimateId = null) =>
        app.Administrator.PostJsonAsync($"{Root}/bookings", new
        {
            vehicleId = car.Id, bayId, startsAt, endsAt = startsAt + length, contactId, estimateId,
            plannedWorks = new[] { new { name = "Oil change", normHours = 0.5m, price = 40m } },
        });

    public static async Task<BookingDto> BookedAsync(this ApiFixture app, VehicleDto car, Guid bayId, DateTimeOffset startsAt, TimeSpan length, Guid? contactId = null) =>
        await (await app.BookAsync(car, bayId, startsAt, length, contactId)).ReadAsync<BookingDto>(HttpStatusCode.Created);

    public static async Task<T> PostAsync<T>(this ApiFixture app, string path, object body, HttpStatusCode expected = HttpStatusCode.OK) =>
        await (await app.Administrator.PostJsonAsync($"{Root}/{path}", body)).ReadAsync<T>(expected);

    public static async Task<T> GetAsync<T>(this ApiFixture app, string path) =>
        await (await app.Administrator.GetAsync($"{Root}/{path}")).ReadAsync<T>();

    public static Task<HttpResponseMessage> SendWithIfMatchAsync(this ApiFixture app, HttpMethod method, string path, object body, int version)
    {
        var request = new HttpRequestMessage(method, $"{Root}/{path}") { Content = JsonContent.Create(body, options: Json.Options) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        return app.Administrator.SendAsync(request);
    }

    public static async Task<FactsReportedIntegrationEvent> FactsAsync(this ApiFixture app, Guid id, string @event) =>
        (await app.Factory.Events.WaitForAsync<FactsReportedIntegrationEvent>(f => f.Object.Id == id.ToString() && f.Event == @event))[0];

    /// <summary>A client who walked in: the contact documents are made from.</summary>
    public static async Task<Guid> NewContactAsync(this ApiFixture app) =>
        (await (await app.Administrator.PostJsonAsync($"{Root}/contacts", new { kind = "WalkIn", phone = StationApi.NewCaller(), worksNeeded = "Oil change" }))
            .ReadAsync<ContactDto>(HttpStatusCode.Created)).Id;
}
