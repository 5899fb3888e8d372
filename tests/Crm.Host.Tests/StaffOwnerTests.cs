using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Modules.Sales.Application.CardTasks;
using Crm.Modules.Sales.Application.Clients.GetClientCard;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// Staff have one owner, Tasking (ADR 0059): whoever is hired, changed or dismissed through Tasking's API counts in
/// Processes and Sales without either asking Tasking — the signed-in employee comes with the request, other
/// employees' names from each module's own copy, kept from Tasking's employee cards.
/// </summary>
public abstract class StaffOwnerTests(ApiFixture app) : IAsyncLifetime
{
    private HttpClient Admin => app.Administrator;

    private World Shared { get; set; } = null!;

    public async ValueTask InitializeAsync() => Shared = await app.SharedAsync("staff-owner", CreateAsync);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_just_hired_executor_starts_a_process_at_once_and_not_after_losing_the_position()
    {
        var (employee, client) = await HireAsync("Hugo", Shared.Position);

        (await StartAsync(client)).EnsureSuccessStatusCode(); // no wait: authorization read the staff as hired

        await EditAsync(employee, "Hugo", []);
        await (await StartAsync(client)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_dismissed_employee_is_refused_in_every_module_at_once()
    {
        var (employee, client) = await HireAsync("Dina", Shared.Position);
        (await client.GetAsync("/api/sales/clients")).EnsureSuccessStatusCode();

        var card = await (await Admin.PostAsync($"/api/tasking/employees/{employee.Id}/dismiss", null)).ReadAsync<EmployeeCardDto>();

        Assert.NotNull(card.DismissedAt);
        foreach (var path in new[] { "/api/sales/clients", "/api/processes/definitions", "/api/tasking/tasks" })
        {
            Assert.Equal("employee.unknown", (await (await client.GetAsync(path)).ProblemAsync(HttpStatusCode.Forbidden)).Code());
        }

        await (await StartAsync(client)).ProblemAsync(HttpStatusCode.Forbidden);
        var again = await (await Admin.PostAsync($"/api/tasking/employees/{employee.Id}/dismiss", null)).ReadAsync<EmployeeCardDto>();
        Assert.Equal(card.DismissedAt, again.DismissedAt); // dismissing again changes nothing
        var self = await (await Admin.PostAsync($"/api/tasking/employees/{app.AdministratorId}/dismiss", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("employee.dismiss-self", self.Code());
        await (await client.PostAsync($"/api/tasking/employees/{app.AdministratorId}/dismiss", null)).ProblemAsync(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Sales_names_the_assignee_from_its_copy_and_follows_a_rename()
    {
        var (employee, client) = await HireAsync("Nina", Shared.Position);
        var (card, task) = await TaskOnNewClientAsync(employee.Id);
        await (await client.PostAsync($"/api/tasking/tasks/{task}/take", null)).ReadAsync<TaskDto>();

        await AssigneeNamedAsync(card, task, "Nina");

        await EditAsync(employee, "Nina Costa", [Shared.Position]);
        await AssigneeNamedAsync(card, task, "Nina Costa");
    }

    /// <summary>
    /// An employee whose card Sales never received (written behind the API's back, as a restored backup or a module
    /// added later would find them) is named after the next start: Tasking publishes every card again then.
    /// </summary>
    [Fact]
    public async Task After_a_restart_a_module_knows_every_employee_even_one_it_never_heard_of()
    {
        var id = Guid.NewGuid();
        await using (var scope = app.Factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
            db.Employees.Add(Employee.Hire(new EmployeeId(id), "Quiet Quentin", EmployeeTimeZone.From("UTC"), [], app.Clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(); // not through the unit of work: no card is published
        }

        var (card, task) = await TaskOnNewClientAsync(id);
        await (await app.Factory.ClientFor(id, "Quiet Quentin").PostAsync($"/api/tasking/tasks/{task}/take", null)).ReadAsync<TaskDto>();
        var unnamed = await AssigneeAsync(card, task, a => a is not null);
        Assert.Null(unnamed!.Name); // Sales has no copy of this card yet

        await app.RestartAsync();
        await AssigneeNamedAsync(card, task, "Quiet Quentin");
    }

    private static async Task<World> CreateAsync(ApiFixture a)
    {
        var admin = a.Administrator;
        var position = await (await admin.PostJsonAsync("/api/tasking/positions", new { name = "Staff-owner executors" })).ReadAsync<PositionDto>(HttpStatusCode.Created);
        var type = await (await admin.PostJsonAsync("/api/tasking/task-types", new { name = "Staff-owner call", sortOrder = 40 })).ReadAsync<TaskTypeDto>(HttpStatusCode.Created);
        var definition = await (await admin.PostJsonAsync("/api/processes/definitions", new
        {
            name = "Greet the client",
            objectType = "client",
            entry = new { kind = "manual" },
            executors = new[] { new { kind = "Position", id = position.Id } },
            blocks = new object[]
            {
                new { id = "start", type = "start", exits = new Dictionary<string, string> { ["next"] = "end" } },
                new { id = "end", type = "finish", outcome = "positive" },
            },
        })).ReadAsync<JsonElement>(HttpStatusCode.Created);
        var process = definition.GetProperty("id").GetGuid();
        (await admin.PostAsync($"/api/processes/definitions/{process}/activate", null)).EnsureSuccessStatusCode();
        return new World(position.Id, type.Id, process);
    }

    private async Task<(EmployeeDto Employee, HttpClient Client)> HireAsync(string name, Guid position)
    {
        var employee = await (await Admin.PostJsonAsync("/api/tasking/employees", new { name, timeZone = "Europe/Lisbon", positionIds = new[] { position } }))
            .ReadAsync<EmployeeDto>(HttpStatusCode.Created);
        return (employee, app.Factory.ClientFor(employee.Id, name));
    }

    private async Task EditAsync(EmployeeDto employee, string name, Guid[] positions) =>
        (await Admin.PutAsJsonAsync($"/api/tasking/employees/{employee.Id}", new { name, timeZone = "Europe/Lisbon", positionIds = positions, departmentId = (Guid?)null }, Json.Options))
            .EnsureSuccessStatusCode();

    private async Task<HttpResponseMessage> StartAsync(HttpClient who)
    {
        var client = await NewClientAsync();
        return await who.PostJsonAsync("/api/processes/instances", new { definitionId = Shared.Process, @object = new { type = "client", id = client.ToString() } });
    }

    private async Task<Guid> NewClientAsync() =>
        (await (await Admin.PostJsonAsync("/api/sales/clients", new { name = "Rita Lopes", email = $"rita.{Guid.NewGuid():N}@example.com", timeZone = "Europe/Lisbon" }))
            .ReadAsync<ClientCardDto>(HttpStatusCode.Created)).Id;

    private async Task<(Guid Client, Guid Task)> TaskOnNewClientAsync(Guid assignee)
    {
        var client = await NewClientAsync();
        await Eventually.HoldsAsync(
            async () => (await Admin.GetAsync($"/api/tasking/subjects/client/{client}")).StatusCode, s => s == HttpStatusCode.OK, "Tasking knows the new client");
        var task = await (await Admin.PostJsonAsync("/api/tasking/tasks", new
        {
            typeId = Shared.TaskType,
            title = "Call about the visit",
            subject = new { type = "client", id = client.ToString() },
            addressee = new { kind = "Employee", id = assignee },
        })).ReadAsync<TaskDto>(HttpStatusCode.Created);
        return (client, task.Id);
    }

    private Task<CardTaskAssigneeDto?> AssigneeNamedAsync(Guid client, Guid task, string name) => AssigneeAsync(client, task, a => a?.Name == name);

    /// <summary>The copy lags the outbox's delivery (milliseconds on one host, a poll interval across replicas): poll.</summary>
    private Task<CardTaskAssigneeDto?> AssigneeAsync(Guid client, Guid task, Func<CardTaskAssigneeDto?, bool> until) => Eventually.HoldsAsync(
        async () => (await (await Admin.GetAsync($"/api/sales/clients/{client}")).ReadAsync<ClientCardDto>()).OpenTasks.FirstOrDefault(t => t.Id == task)?.Assignee,
        until,
        "the client card shows the task's assignee as expected");

    private sealed record World(Guid Position, Guid TaskType, Guid Process);
}

[Trait("Provider", "Sqlite")]
public sealed class StaffOwnerSqliteTests(SqliteApi app) : StaffOwnerTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class StaffOwnerPostgresTests(PostgresApi app) : StaffOwnerTests(app), IClassFixture<PostgresApi>;
