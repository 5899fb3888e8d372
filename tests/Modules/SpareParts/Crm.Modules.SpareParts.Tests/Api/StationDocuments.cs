using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.ServiceStation.Infrastructure.Persistence;
using Crm.Modules.SpareParts.Application.Carts;
using Crm.Modules.SpareParts.Application.Parts;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.SpareParts.Tests.Api;

/// <summary>
/// What the carts' tests need of the catalogue and of the station, through HTTP as people would. Two things are put in
/// behind the API, as the station's own tests do: the parts specialists' position under the fixed id the station's
/// template names (Tasking's demo data, which tests do not load), and the wait for the station's copy of the
/// administrator (no endpoint lists it).
/// </summary>
internal static class StationDocuments
{
    public const string Carts = "/api/spare-parts/carts";
    private const string Station = "/api/service-station";
    private static int _serial = 200_000;

    public static async Task<PartDto> NewPartAsync(this ApiFixture app, string unit = "pcs", decimal price = 12.5m) =>
        await (await app.Administrator.PostJsonAsync("/api/spare-parts/parts", new
        {
            article = $"PT-{Interlocked.Increment(ref _serial)}", brand = "Bosch", name = "Brake pads", unit, price,
        })).ReadAsync<PartDto>(HttpStatusCode.Created);

    public static async Task<CartDto> OpenCartAsync(this ApiFixture app, object body) =>
        await (await app.Administrator.PostJsonAsync(Carts, body)).ReadAsync<CartDto>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> SendCartAsync(this ApiFixture app, HttpMethod method, string path, object body, int? version = null)
    {
        var request = new HttpRequestMessage(method, $"{Carts}/{path}") { Content = JsonContent.Create(body, options: Json.Options) };
        if (version is { } v)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{v}\""));
        }

        return app.Administrator.SendAsync(request);
    }

    public static Task<CartDto> CartWhenAsync(this ApiFixture app, Guid id, Func<CartDto, bool> until, string what) =>
        Eventually.HoldsAsync(async () => await (await app.Administrator.GetAsync($"{Carts}/{id}")).ReadAsync<CartDto>(), until, what);

    public static async Task<JsonElement> StationPostAsync(this ApiFixture app, string path, object body, HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await app.Administrator.PostJsonAsync($"{Station}/{path}", body)).ReadAsync<JsonElement>(expected);

    public static async Task<JsonElement> StationGetAsync(this ApiFixture app, string path) =>
        await (await app.Administrator.GetAsync($"{Station}/{path}")).ReadAsync<JsonElement>();

    /// <summary>A new car; its documents name the administrator as master consultant, so the station must know them first.</summary>
    public static async Task<Guid> NewVehicleAsync(this ApiFixture app, Guid? ownerClientId = null)
    {
        await app.SharedAsync("station-knows-the-administrator", async a =>
        {
            await Eventually.HoldsAsync(
                async () =>
                {
                    await using var scope = a.Factory.Services.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<ServiceStationDbContext>().Staff.AsNoTracking().AnyAsync(e => e.Id == a.AdministratorId);
                },
                known => known, "the station's copy of the administrator");
            return new object();
        });
        var vin = $"WVWZZZ1JZ{Interlocked.Increment(ref _serial):D8}";
        return (await app.StationPostAsync("vehicles", new
        {
            vin, plate = "aa 123 bb", make = "Volkswagen", model = "Golf", year = 2019, ownerClientId = ownerClientId ?? Guid.NewGuid(),
        })).GetProperty("id").GetGuid();
    }

    /// <summary>A new parts specialist (the position the station's "Select parts" addresses), hired through the API and signed in.</summary>
    public static async Task<HttpClient> PartsSpecialistAsync(this ApiFixture app, string name)
    {
        await app.SharedAsync("parts-specialists-position", async a =>
        {
            await using var scope = a.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
            var id = new PositionId(StationProcessTemplates.PartsSpecialists);
            if (!await db.Positions.AnyAsync(p => p.Id == id))
            {
                db.Positions.Add(Position.Create(id, "Parts specialists"));
                await db.SaveChangesAsync();
            }

            return new object();
        });
        var hired = await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = "UTC", positionIds = new[] { StationProcessTemplates.PartsSpecialists } });
        return app.Factory.ClientFor((await hired.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid(), name, "UTC");
    }

    /// <summary>The task titled <paramref name="title"/> about <paramref name="subject"/> in the employee's inbox.</summary>
    public static Task<JsonElement> InboxTaskAsync(HttpClient employee, Guid subject, string title) =>
        Eventually.HoldsAsync(
            async () => (await (await employee.GetAsync("/api/tasking/inbox?limit=200")).ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                .FirstOrDefault(t => t.GetProperty("title").GetString() == title && t.GetProperty("subject").GetProperty("id").GetString() == subject.ToString()),
            t => t.ValueKind == JsonValueKind.Object, $"'{title}' about {subject} in the inbox");

    public static Task<JsonElement> TaskCardAsync(this ApiFixture app, Guid taskId, Func<JsonElement, bool> until, string what) =>
        Eventually.HoldsAsync(async () => await (await app.Administrator.GetAsync($"/api/tasking/tasks/{taskId}")).ReadAsync<JsonElement>(), until, what);
}
