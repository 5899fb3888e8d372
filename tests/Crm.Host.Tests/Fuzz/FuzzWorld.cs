using System.Net;
using System.Text;
using System.Text.Json;
using Crm.Tests.Support;

namespace Crm.Host.Tests.Fuzz;

/// <summary>
/// Real objects made through the API before the fuzzing starts, so that path ids can name something: two plain
/// employees at the ends of the world's time zones (they also read everything afterwards), a task type, a client
/// with an order (which starts "New order processing"), tasks for both employees and a copy of the shipped process.
/// </summary>
public sealed class FuzzWorld
{
    public const string West = "Etc/GMT+12"; // UTC−12

    public const string East = "Pacific/Kiritimati"; // UTC+14

    private FuzzWorld(ApiFixture app, Guid westId, Guid eastId)
    {
        WestId = westId;
        EastId = eastId;
        WestReader = app.Factory.ClientFor(westId, "Fuzz West", West);
        EastReader = app.Factory.ClientFor(eastId, "Fuzz East", East);
    }

    public Guid WestId { get; }

    public Guid EastId { get; }

    public HttpClient WestReader { get; }

    public HttpClient EastReader { get; }

    public static async Task<FuzzWorld> CreateAsync(ApiFixture app)
    {
        var admin = app.Administrator;
        var world = new FuzzWorld(app, await CreatedAsync(admin, "/api/tasking/employees", new { name = "Fuzz West", timeZone = West, positionIds = Array.Empty<Guid>() }),
            await CreatedAsync(admin, "/api/tasking/employees", new { name = "Fuzz East", timeZone = East, positionIds = Array.Empty<Guid>() }));
        var type = await CreatedAsync(admin, "/api/tasking/task-types", new { name = "Fuzz call", sortOrder = 99 });
        var client = await CreatedAsync(admin, "/api/sales/clients", new { name = "Fuzz Client", email = "fuzz.client@example.com", phone = "+351 912 345 678", timeZone = "Europe/Lisbon" });
        await CreatedAsync(admin, "/api/sales/orders", new { clientId = client, positions = new[] { new { offer = "Brake service", price = 300m, quantity = 1 } } });
        // A task's subject must be known to Tasking: Sales' facts reach it through the outbox, a moment later.
        await Eventually.HoldsAsync(() => admin.GetAsync($"/api/tasking/subjects/client/{client}"), r => r.StatusCode == HttpStatusCode.OK, "Tasking knows the fuzz client");
        foreach (var employee in new[] { world.WestId, world.EastId })
        {
            await CreatedAsync(admin, "/api/tasking/tasks", new
            {
                typeId = type,
                title = "Fuzz task",
                subject = new { type = "client", id = client.ToString() },
                addressee = new { kind = "Employee", id = employee },
                dueAt = app.Clock.GetUtcNow().AddDays(1),
            });
        }

        await CopyShippedProcessAsync(admin);
        return world;
    }

    private static async Task CopyShippedProcessAsync(HttpClient admin)
    {
        var definitions = await (await admin.GetAsync("/api/processes/definitions")).ReadAsync<JsonElement>();
        var shipped = definitions.EnumerateArray().First().GetProperty("id").GetGuid();
        var file = await (await admin.GetAsync($"/api/processes/definitions/{shipped}/export")).Content.ReadAsStringAsync();
        (await admin.PostAsync("/api/processes/definitions/import", new StringContent(file, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A plain employee hired now in this zone: the fuzzing may have dismissed the world's own employees (a plausible
    /// POST to /employees/{a real id}/dismiss), and a dismissed employee reads nothing.
    /// </summary>
    public static async Task<HttpClient> NewReaderAsync(ApiFixture app, string zone)
    {
        var id = await CreatedAsync(app.Administrator, "/api/tasking/employees", new { name = "Fuzz reader " + zone, timeZone = zone, positionIds = Array.Empty<Guid>() });
        return app.Factory.ClientFor(id, "Fuzz reader", zone);
    }

    private static async Task<Guid> CreatedAsync(HttpClient admin, string url, object body) =>
        (await (await admin.PostJsonAsync(url, body)).ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
}
