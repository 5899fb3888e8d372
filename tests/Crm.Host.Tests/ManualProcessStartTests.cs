using System.Net;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Processes.Application.Definitions.ListStartableDefinitions;
using Crm.Modules.Sales.Application.Clients.GetClientCard;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// "Start a process by hand" on an order's card: which processes the card offers to whom, and who may start one.
/// Executors are a position here, so Processes must know the caller's positions (from the signed-in employee the request carries, ADR 0059).
/// </summary>
public abstract class ManualProcessStartTests(ApiFixture app) : IAsyncLifetime
{
    private HttpClient Admin => app.Administrator;

    private Setup World { get; set; } = null!;

    public async ValueTask InitializeAsync() => World = await app.SharedAsync("manual-start", CreateAsync);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_card_offers_a_process_to_its_executors_only()
    {
        var order = await NewOrderAsync();

        var forVera = await StartableAsync(World.Vera, order);
        var offered = Assert.Single(forVera, d => d.Id == World.Process);
        Assert.Equal(("Chase the quote", "order", "manual", false), (offered.Name, offered.ObjectType, offered.EntryKind, offered.AlreadyRunning));
        Assert.DoesNotContain(await StartableAsync(World.Olga, order), d => d.Id == World.Process);
        Assert.Contains(await StartableAsync(Admin, order), d => d.Id == World.Process);        // the main administrator may start anything
        Assert.DoesNotContain(await StartableAsync(World.Vera, order, "client"), d => d.Id == World.Process); // another object type
        await (await World.Vera.GetAsync("/api/processes/definitions/startable")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_executor_starts_the_process_and_its_first_task_appears_a_second_start_is_refused()
    {
        var order = await NewOrderAsync();

        var refused = await StartAsync(World.Olga, World.Process, order);
        await refused.ProblemAsync(HttpStatusCode.Forbidden);
        await (await StartAsync(World.Vera, Guid.NewGuid(), order)).ProblemAsync(HttpStatusCode.NotFound);

        (await StartAsync(World.Vera, World.Process, order)).EnsureSuccessStatusCode();
        var instances = await (await Admin.GetAsync($"/api/processes/instances?objectType=order&objectId={order}&definitionId={World.Process}")).ReadAsync<JsonElement>();
        Assert.Equal("Running", Assert.Single(instances.EnumerateArray()).GetProperty("state").GetString());

        var task = await Eventually.HoldsAsync(
            async () => (await (await World.Vera.GetAsync($"/api/tasking/tasks?subjectType=order&subjectId={order}")).ReadAsync<KeysetPage<TaskSummaryDto>>())
                .Items.FirstOrDefault(t => t.Title == "Ask whether the quote suits the client"),
            t => t is not null,
            "the process's first task reached Vera's list");
        Assert.Equal("Chase the quote", task!.Process!.Name);

        var again = await (await StartAsync(World.Vera, World.Process, order)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("instance.already-running", again.Code());
        Assert.True(Assert.Single(await StartableAsync(World.Vera, order), d => d.Id == World.Process).AlreadyRunning);
    }

    [Fact]
    public async Task A_test_run_on_the_object_does_not_block_the_real_start()
    {
        var order = await NewOrderAsync();
        var run = await (await Admin.PostJsonAsync($"/api/processes/definitions/{World.Process}/test-run", new { @object = new { type = "order", id = order.ToString() } }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created);
        Assert.True(run.GetProperty("summary").GetProperty("isTestRun").GetBoolean());

        Assert.False(Assert.Single(await StartableAsync(World.Vera, order), d => d.Id == World.Process).AlreadyRunning);
        (await StartAsync(World.Vera, World.Process, order)).EnsureSuccessStatusCode();
        var instances = await (await Admin.GetAsync($"/api/processes/instances?objectType=order&objectId={order}&definitionId={World.Process}")).ReadAsync<JsonElement>();
        Assert.Equal([true, false], instances.EnumerateArray().Select(i => i.GetProperty("isTestRun").GetBoolean()).Order().Reverse());
        Assert.Equal("instance.already-running", (await (await StartAsync(World.Vera, World.Process, order)).ProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    private static async Task<Setup> CreateAsync(ApiFixture a)
    {
        var admin = a.Administrator;
        var position = await (await admin.PostJsonAsync("/api/tasking/positions", new { name = "Quote managers" })).ReadAsync<PositionDto>(HttpStatusCode.Created);
        var vera = await (await admin.PostJsonAsync("/api/tasking/employees", new { name = "Vera", timeZone = "Europe/Lisbon", positionIds = new[] { position.Id } }))
            .ReadAsync<EmployeeDto>(HttpStatusCode.Created);
        var olga = await (await admin.PostJsonAsync("/api/tasking/employees", new { name = "Olga", timeZone = "Europe/Lisbon" })).ReadAsync<EmployeeDto>(HttpStatusCode.Created);
        var definition = await (await admin.PostJsonAsync("/api/processes/definitions", new
        {
            name = "Chase the quote",
            objectType = "order",
            entry = new { kind = "manual" },
            executors = new[] { new { kind = "Position", id = position.Id } },
            blocks = new object[]
            {
                new { id = "start", type = "start", exits = new Dictionary<string, string> { ["next"] = "ask" } },
                new
                {
                    id = "ask",
                    type = "question",
                    title = "Ask whether the quote suits the client",
                    answers = new[] { new { code = "yes", label = "It suits" } },
                    exits = new Dictionary<string, string> { ["yes"] = "end" },
                },
                new { id = "end", type = "finish", outcome = "positive" },
            },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var id = definition.GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/processes/definitions/{id}/activate", null)).EnsureSuccessStatusCode();
        return new Setup(id, a.Factory.ClientFor(vera.Id, "Vera"), a.Factory.ClientFor(olga.Id, "Olga"));
    }

    private async Task<Guid> NewOrderAsync()
    {
        var client = await (await Admin.PostJsonAsync("/api/sales/clients", new { name = "Tiago Ramos", email = $"tiago.{Guid.NewGuid():N}@example.com", timeZone = "Europe/Lisbon" }))
            .ReadAsync<ClientCardDto>(HttpStatusCode.Created);
        return (await (await Admin.PostJsonAsync("/api/sales/orders", new { clientId = client.Id, positions = new[] { new { offer = "Paint job", price = 900m, quantity = 1 } } }))
            .ReadAsync<OrderDto>(HttpStatusCode.Created)).Id;
    }

    private static async Task<List<StartableDefinitionDto>> StartableAsync(HttpClient who, Guid order, string objectType = "order") =>
        await (await who.GetAsync($"/api/processes/definitions/startable?objectType={objectType}&objectId={order}")).ReadAsync<List<StartableDefinitionDto>>();

    private static Task<HttpResponseMessage> StartAsync(HttpClient who, Guid definition, Guid order) =>
        who.PostJsonAsync("/api/processes/instances", new { definitionId = definition, @object = new { type = "order", id = order.ToString() } });

    private sealed record Setup(Guid Process, HttpClient Vera, HttpClient Olga);
}

[Trait("Provider", "Sqlite")]
public sealed class ManualProcessStartSqliteTests(SqliteApi app) : ManualProcessStartTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class ManualProcessStartPostgresTests(PostgresApi app) : ManualProcessStartTests(app), IClassFixture<PostgresApi>;
