using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Tasking.Contracts;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>A new user's first minutes: start in Development, get a token from Swagger UI's endpoint, see real data.</summary>
[Trait("Provider", "Sqlite")]
public sealed class DevelopmentHostTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task In_development_a_dev_token_opens_a_seeded_inbox_and_tasks_can_be_worked()
    {
        await using var factory = new CrmApiFactory(_database, TimeProvider.System, environment: "Development", demoData: true);
        var client = factory.CreateClient();

        var token = await (await client.PostJsonAsync("/api/auth/dev-token", new { })).ReadAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        var me = await (await client.GetAsync("/api/tasking/me")).ReadAsync<JsonElement>();
        Assert.True(me.GetProperty("isAdministrator").GetBoolean());
        var tasks = await (await client.GetAsync("/api/tasking/tasks")).ReadAsync<JsonElement>();
        var first = tasks.GetProperty("items").EnumerateArray().First();
        Assert.True(tasks.GetProperty("items").GetArrayLength() >= 5);
        Assert.NotEmpty((await (await client.GetAsync("/api/tasking/task-types")).ReadAsync<JsonElement>()).EnumerateArray());
        Assert.True((await (await client.GetAsync("/api/tasking/employees")).ReadAsync<JsonElement>()).GetArrayLength() >= 4);

        var id = first.GetProperty("id").GetGuid();
        await (await client.PostAsync($"/api/tasking/tasks/{id}/take", null)).ReadAsync<JsonElement>();
        var resultCode = (await (await client.GetAsync("/api/tasking/task-types")).ReadAsync<JsonElement>()).EnumerateArray()
            .Single(t => t.GetProperty("id").GetGuid() == first.GetProperty("type").GetProperty("id").GetGuid())
            .GetProperty("results")[0].GetProperty("code").GetString();
        var done = await (await client.PostJsonAsync($"/api/tasking/tasks/{id}/complete", new { result = resultCode })).ReadAsync<JsonElement>();
        Assert.Equal("Done", done.GetProperty("status").GetString());

        // The demo tasks were created through the unit of work, so other modules heard of them.
        await factory.Events.WaitForAsync<TaskCreatedIntegrationEvent>(_ => true, count: 5);

        var forAnother = await (await client.PostJsonAsync("/api/auth/dev-token", new { employeeId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.NotNull(forAnother.GetProperty("detail").GetString());
    }

    /// <summary>
    /// The processes Sales ships name the demo call-centre operators as executors: a new order's tasks reach Ivan's
    /// inbox, he takes and answers them; Marta (parts) never sees them; Ana, the main administrator, may take them.
    /// </summary>
    [Fact]
    public async Task In_development_the_reference_process_reaches_the_demo_operators_and_the_main_administrator_may_take_its_tasks()
    {
        var clock = new TestClock(DateTimeOffset.UtcNow); // tokens are checked against the real time
        await using var factory = new CrmApiFactory(_database, clock, environment: "Development", demoData: true,
            settings: new Dictionary<string, string> { ["Processes:Timers:MaxIdle"] = "00:00:00.200" });
        var ana = await SignInAsync(factory, null);
        var staff = (await (await ana.GetAsync("/api/tasking/employees")).ReadAsync<JsonElement>()).EnumerateArray().ToList();
        var ivan = await SignInAsync(factory, staff.Single(e => e.GetProperty("name").GetString() == "Ivan Petrov").GetProperty("id").GetGuid());
        var marta = await SignInAsync(factory, staff.Single(e => e.GetProperty("name").GetString() == "Marta Nowak").GetProperty("id").GetGuid());
        await Eventually.HoldsAsync(
            async () => (await (await ana.GetAsync("/api/processes/definitions")).ReadAsync<JsonElement>()).EnumerateArray()
                .Count(d => d.GetProperty("state").GetString() == "Active"),
            active => active >= 2, "the shipped processes installed");

        var order = await PlaceOrderAsync(ana);
        await Eventually.HoldsAsync(
            async () => (await (await ana.GetAsync($"/api/processes/instances?objectType=order&objectId={order}")).ReadAsync<JsonElement>()).GetArrayLength(),
            count => count > 0, "the process started");
        clock.Advance(TimeSpan.FromSeconds(61));

        var question = await InInboxAsync(ivan, order, "Process this order?");
        Assert.Equal(HttpStatusCode.NotFound, (await marta.PostAsync($"/api/tasking/tasks/{question}/take", null)).StatusCode);
        Assert.DoesNotContain((await (await marta.GetAsync("/api/tasking/inbox")).ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray(),
            t => t.GetProperty("id").GetGuid() == question);
        var taken = await (await ivan.PostAsync($"/api/tasking/tasks/{question}/take", null)).ReadAsync<JsonElement>();
        Assert.Equal("Ivan Petrov", taken.GetProperty("assignee").GetProperty("name").GetString());
        var answered = await (await ivan.PostJsonAsync($"/api/tasking/tasks/{question}/complete", new { result = "yes" })).ReadAsync<JsonElement>();
        Assert.Equal("Done", answered.GetProperty("status").GetString());

        var call = await InInboxAsync(ivan, order, "Call the client about the order"); // the subprocess "Call within 3 days"
        var takenByAna = await (await ana.PostAsync($"/api/tasking/tasks/{call}/take", null)).ReadAsync<JsonElement>();
        Assert.Equal("Ana Souza", takenByAna.GetProperty("assignee").GetProperty("name").GetString());
    }

    private static async Task<HttpClient> SignInAsync(CrmApiFactory factory, Guid? employeeId)
    {
        var client = factory.CreateClient();
        var token = await (await client.PostJsonAsync("/api/auth/dev-token", new { employeeId })).ReadAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<Guid> PlaceOrderAsync(HttpClient manager)
    {
        var client = (await (await manager.PostJsonAsync("/api/sales/clients", new { name = "Rita Almeida", email = "rita@example.com", phone = "+351 912 345 678", timeZone = "Europe/Lisbon" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (await (await manager.PostJsonAsync("/api/sales/orders", new { clientId = client, positions = new[] { new { offer = "Brake service", price = 300m, quantity = 1 } } }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> InInboxAsync(HttpClient employee, Guid order, string title) =>
        (await Eventually.HoldsAsync(
            async () => (await (await employee.GetAsync("/api/tasking/inbox")).ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                .FirstOrDefault(t => t.GetProperty("title").GetString() == title && t.GetProperty("subject").GetProperty("id").GetString() == order.ToString()),
            task => task.ValueKind == JsonValueKind.Object, $"'{title}' in the inbox")).GetProperty("id").GetGuid();

    /// <summary>The station's demo: bays, cars and today's bookings for Ana Souza, named once Tasking's card reached the station.</summary>
    [Fact]
    public async Task In_development_the_station_shows_its_bays_cars_and_the_days_bookings_with_the_master_consultants_name()
    {
        await using var factory = new CrmApiFactory(_database, TimeProvider.System, environment: "Development", demoData: true);
        var ana = await SignInAsync(factory, null);

        Assert.True((await (await ana.GetAsync("/api/service-station/bays")).ReadAsync<JsonElement>()).GetArrayLength() >= 3);
        Assert.True((await (await ana.GetAsync("/api/service-station/vehicles")).ReadAsync<JsonElement>()).GetProperty("items").GetArrayLength() >= 3);
        var bookings = await Eventually.HoldsAsync(
            async () => await Task.WhenAll(new[] { 0, 1, 2 }.Select(async d =>
                (await (await ana.GetAsync($"/api/service-station/schedule?day={DateTime.UtcNow.AddDays(d):yyyy-MM-dd}")).ReadAsync<JsonElement>())
                .GetProperty("masterConsultants").EnumerateArray().Where(m => m.GetProperty("name").GetString() == "Ana Souza")
                .Sum(m => m.GetProperty("bookings").GetArrayLength()))),
            counts => counts.Sum() >= 4, "the demo bookings in the schedule, named after Ana Souza");
        Assert.True(bookings.Sum() >= 4);
    }

    [Fact]
    public async Task Outside_development_the_dev_token_endpoint_does_not_exist()
    {
        await using var factory = new CrmApiFactory(_database, TimeProvider.System, environment: "Production");
        var response = await factory.CreateClient().PostJsonAsync("/api/auth/dev-token", new { });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
