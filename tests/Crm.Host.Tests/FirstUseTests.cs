using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Host.Tests.Fuzz;
using Crm.Modules.Sales.Application.Clients.GetClientCard;
using Crm.Modules.Sales.Application.Orders;
using Crm.Modules.Sales.Domain.Clients;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>
/// What a new user tripped over (issue 13): a PUT that silently wiped what it was not sent, a walk-in client
/// that could not be given an order, and a client's history that showed an answer's code instead of its label.
/// </summary>
public abstract class FirstUseTests(ApiFixture app)
{
    private HttpClient Admin => app.Administrator;

    [Fact]
    public async Task A_task_edit_without_the_description_is_refused_naming_it_and_null_clears_it()
    {
        var type = await (await Admin.PostJsonAsync("/api/tasking/task-types", new { name = $"Check {Guid.NewGuid():N}", sortOrder = 5 })).ReadAsync<TaskTypeDto>(HttpStatusCode.Created);
        var task = await (await Admin.PostJsonAsync("/api/tasking/tasks", new
        {
            typeId = type.Id,
            title = "Check the tyres",
            description = "Front left loses air",
            addressee = new { kind = "Employee", id = app.AdministratorId },
        })).ReadAsync<TaskDto>(HttpStatusCode.Created);

        var partial = await (await Admin.PutAsJsonAsync($"/api/tasking/tasks/{task.Id}", new { typeId = type.Id, title = "Check all tyres" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("field.missing", partial.Code());
        Assert.Equal(["description", "dueAt", "assigneeId"], partial.GetProperty("errors").EnumerateObject().Select(e => e.Name));
        var unchanged = await (await Admin.GetAsync($"/api/tasking/tasks/{task.Id}")).ReadAsync<TaskDto>();
        Assert.Equal(("Check the tyres", "Front left loses air"), (unchanged.Title, unchanged.Description));

        var whole = new { typeId = type.Id, title = "Check all tyres", description = unchanged.Description, dueAt = (DateTimeOffset?)null, assigneeId = (Guid?)null };
        var edited = await (await Admin.PutAsJsonAsync($"/api/tasking/tasks/{task.Id}", whole)).ReadAsync<TaskDto>();
        Assert.Equal(("Check all tyres", "Front left loses air"), (edited.Title, edited.Description));
        var cleared = await (await Admin.PutAsJsonAsync($"/api/tasking/tasks/{task.Id}", whole with { description = (string?)null })).ReadAsync<TaskDto>();
        Assert.Null(cleared.Description);
    }

    [Fact]
    public async Task A_client_change_with_only_a_phone_names_every_field_it_lacks_and_changes_nothing()
    {
        var client = await NewClientAsync();

        var problem = await (await Admin.PutAsJsonAsync($"/api/sales/clients/{client.Id}", new { phone = "+351 913 000 222" })).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("field.missing", problem.Code());
        Assert.Equal(["email", "name", "telegram", "timeZone"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Equal((client.Name, client.Phone), await NameAndPhoneAsync(client.Id));

        (await Admin.PutAsJsonAsync($"/api/sales/clients/{client.Id}", new { name = client.Name, email = client.Email, phone = "+351 913 000 222", telegram = (string?)null, timeZone = client.TimeZone }))
            .EnsureSuccessStatusCode();
        Assert.Equal((client.Name, "+351 913 000 222"), await NameAndPhoneAsync(client.Id));
    }

    [Fact]
    public async Task Every_put_refuses_a_body_without_its_fields_and_says_it_replaces()
    {
        var operations = (await ApiDocument.ReadAsync(app.Factory.CreateClient())).Where(o => o.Method == "PUT" && o.Body is not null).ToList();
        Assert.Contains(operations, o => o.ToString() == "PUT /api/tasking/task-types/{id}");

        var failures = new List<string>();
        foreach (var operation in operations.Where(o => o.Path != "/api/processes/definitions/{id}")) // a document whose format has defaults
        {
            var url = string.Join('/', operation.Path.Split('/').Select(part => part.StartsWith('{') ? Guid.NewGuid().ToString() : part));
            using var response = await Admin.PutAsJsonAsync(url, new { });
            var body = await response.Content.ReadAsStringAsync();
            var fields = operation.Body!.Properties(0).Select(p => p.Name).ToList();
            var problem = response.StatusCode == HttpStatusCode.BadRequest ? JsonDocument.Parse(body).RootElement : default;
            if (problem.ValueKind != JsonValueKind.Object || problem.Code() != "field.missing"
                || !fields.Order().SequenceEqual(problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).Order()))
            {
                failures.Add($"{operation}: {(int)response.StatusCode} {body}");
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
        var document = await (await app.Factory.CreateClient().GetAsync("/openapi/v1.json")).ReadAsync<JsonElement>();
        Assert.Contains("A PUT replaces", document.GetProperty("paths").GetProperty("/api/sales/clients/{id}").GetProperty("put").GetProperty("description").GetString());
    }

    [Fact]
    public async Task An_order_for_a_walk_in_client_registers_the_client_by_name()
    {
        var name = $"Walk-in Wanda {Guid.NewGuid():N}";
        var order = await (await Admin.PostJsonAsync("/api/sales/orders", new { clientName = name, positions = new[] { new { offer = "Oil change", price = 60m, quantity = 1 } } }))
            .ReadAsync<OrderDto>(HttpStatusCode.Created);

        var card = await (await Admin.GetAsync($"/api/sales/clients/{order.ClientId}")).ReadAsync<ClientCardDto>();
        Assert.Equal((name, null, null, null), (card.Name, card.Email, card.Phone, card.Telegram));
        Assert.Equal(order.Id, Assert.Single(card.Orders).Id);

        var again = await (await Admin.PostJsonAsync("/api/sales/orders", new { clientName = name, positions = new[] { new { offer = "Wipers", price = 20m, quantity = 2 } } }))
            .ReadAsync<OrderDto>(HttpStatusCode.Created);
        Assert.Equal(order.ClientId, again.ClientId); // the second visit finds the client the first one registered
        await (await Admin.PostJsonAsync("/api/sales/orders", new { clientEmail = $"{Guid.NewGuid():N}@example.com", positions = new[] { new { offer = "Wipers", price = 20m, quantity = 2 } } }))
            .ProblemAsync(HttpStatusCode.NotFound); // an e-mail nobody has is still a mistake, not a new client
    }

    [Fact]
    public async Task The_clients_history_shows_the_answer_as_the_employee_chose_it()
    {
        var client = await NewClientAsync();
        var type = await (await Admin.PostJsonAsync("/api/tasking/task-types", new
        {
            name = $"Confirm {Guid.NewGuid():N}",
            sortOrder = 5,
            results = new[] { new { code = "yes", name = "Yes, the car is ready", requiresReason = false } },
        })).ReadAsync<TaskTypeDto>(HttpStatusCode.Created);
        var employee = await (await Admin.PostJsonAsync("/api/tasking/employees", new { name = "Inês", timeZone = "Europe/Lisbon" })).ReadAsync<EmployeeDto>(HttpStatusCode.Created);
        var ines = app.Factory.ClientFor(employee.Id, "Inês", "Europe/Lisbon");
        var task = await Eventually.HoldsAsync(
            () => ines.PostJsonAsync("/api/tasking/tasks", new
            {
                typeId = type.Id,
                title = "Confirm the car is ready",
                subject = new { type = "client", id = client.Id.ToString() },
                addressee = new { kind = "Employee", id = employee.Id },
            }),
            r => r.StatusCode == HttpStatusCode.Created,
            "Tasking knows the client");
        var id = (await task.ReadAsync<TaskDto>(HttpStatusCode.Created)).Id;

        await (await ines.PostJsonAsync($"/api/tasking/tasks/{id}/complete", new { result = "yes", comment = "checked" })).ReadAsync<TaskDto>();

        var card = await Eventually.HoldsAsync(
            async () => await (await Admin.GetAsync($"/api/sales/clients/{client.Id}")).ReadAsync<ClientCardDto>(),
            c => c.History.Any(h => h.Kind == ClientHistoryKind.TaskAnswer),
            "the answer reached the client's card");
        Assert.Equal("Task answered: Yes, the car is ready — checked", Assert.Single(card.History, h => h.Kind == ClientHistoryKind.TaskAnswer).Text);
    }

    private async Task<ClientCardDto> NewClientAsync() =>
        await (await Admin.PostJsonAsync("/api/sales/clients", new { name = "Tiago Ramos", email = $"tiago.{Guid.NewGuid():N}@example.com", phone = "+351 912 000 111", timeZone = "Europe/Lisbon" }))
            .ReadAsync<ClientCardDto>(HttpStatusCode.Created);

    private async Task<(string, string?)> NameAndPhoneAsync(Guid client)
    {
        var card = await (await Admin.GetAsync($"/api/sales/clients/{client}")).ReadAsync<ClientCardDto>();
        return (card.Name, card.Phone);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class FirstUseSqliteTests(SqliteApi app) : FirstUseTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class FirstUsePostgresTests(PostgresApi app) : FirstUseTests(app), IClassFixture<PostgresApi>;
