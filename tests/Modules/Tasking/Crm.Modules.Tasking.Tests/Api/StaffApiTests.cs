using System.Net;
using System.Net.Http.Json;
using Crm.Modules.Tasking.Application.Staff;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>The main administrator edits an employee's card; an employee moves to another time zone.</summary>
public abstract class StaffApiTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld World { get; set; } = null!;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_main_administrator_edits_an_employee_and_a_stale_card_is_refused()
    {
        var (carol, carolId) = await World.HireAsync("Carol");
        var department = await (await app.Administrator.PostJsonAsync("/api/tasking/departments", new { name = "Reception" })).ReadAsync<DepartmentDto>(HttpStatusCode.Created);
        var (card, etag) = await CardAsync(app.Administrator, carolId);
        Assert.Equal(("Carol", "Europe/Lisbon", null), (card.Name, card.TimeZone, card.Department));
        var edit = new { name = "Carol Smith", timeZone = "Asia/Kolkata", positionIds = new[] { World.OperatorPositionId }, departmentId = department.Id };

        await (await carol.PutAsJsonAsync($"/api/tasking/employees/{carolId}", edit, Json.Options)).ProblemAsync(HttpStatusCode.Forbidden);
        var edited = await (await PutAsync(app.Administrator, $"/api/tasking/employees/{carolId}", edit, etag)).ReadAsync<EmployeeCardDto>();

        Assert.Equal(("Carol Smith", "Asia/Kolkata", "Reception"), (edited.Name, edited.TimeZone, edited.Department!.Name));
        Assert.Equal(["Call-centre operator"], edited.Positions.Select(p => p.Name));
        Assert.True(edited.Version > card.Version);
        var stale = await (await PutAsync(app.Administrator, $"/api/tasking/employees/{carolId}", edit with { name = "Carol S." }, etag)).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("concurrency.stale", stale.Code());
        var listed = await (await World.AliceClient.GetAsync("/api/tasking/employees")).ReadAsync<List<EmployeeDto>>();
        Assert.Contains(listed, e => e.Id == carolId && e.Name == "Carol Smith" && e.DepartmentId == department.Id);
    }

    [Fact]
    public async Task Editing_an_employee_names_the_field_at_fault_and_an_unknown_one_is_not_found()
    {
        var (_, daveId) = await World.HireAsync("Dave");
        var good = new { name = "Dave", timeZone = "Europe/Lisbon", positionIds = Array.Empty<Guid>(), departmentId = (Guid?)null };
        var url = $"/api/tasking/employees/{daveId}";

        Assert.NotEmpty((await (await PutAsync(app.Administrator, url, good with { timeZone = "Mars/Olympus" })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("timeZone"));
        Assert.NotEmpty((await (await PutAsync(app.Administrator, url, good with { name = "" })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("name"));
        Assert.NotEmpty((await (await PutAsync(app.Administrator, url, good with { positionIds = new[] { Guid.NewGuid() } })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("positionIds"));
        Assert.NotEmpty((await (await PutAsync(app.Administrator, url, good with { departmentId = (Guid?)Guid.NewGuid() })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("departmentId"));
        await (await PutAsync(app.Administrator, $"/api/tasking/employees/{Guid.NewGuid()}", good)).ProblemAsync(HttpStatusCode.NotFound);
        await (await app.Administrator.GetAsync($"/api/tasking/employees/{Guid.NewGuid()}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("Dave", (await CardAsync(app.Administrator, daveId)).Card.Name);
    }

    [Fact]
    public async Task An_employee_moves_to_another_time_zone_and_times_follow()
    {
        var (erin, erinId) = await World.HireAsync("Erin", "Asia/Kolkata");
        var due = app.Clock.GetUtcNow().AddDays(1);
        var task = await (await erin.PostJsonAsync("/api/tasking/tasks", new { typeId = World.Arbitrary.Id, title = "Order brake pads", addressee = new { kind = AddresseeKind.Employee, id = erinId }, dueAt = due }))
            .ReadAsync<TaskDto>(HttpStatusCode.Created);
        Assert.Equal(TimeSpan.FromHours(5.5), task.DueAt!.Value.Offset);

        await (await erin.PutAsJsonAsync("/api/tasking/me", new { timeZone = "Atlantis/Lost" }, Json.Options)).ProblemAsync(HttpStatusCode.BadRequest);
        var me = await (await erin.PutAsJsonAsync("/api/tasking/me", new { timeZone = "America/Sao_Paulo" }, Json.Options)).ReadAsync<EmployeeDto>();

        Assert.Equal("America/Sao_Paulo", me.TimeZone);
        var again = await (await erin.GetAsync($"/api/tasking/tasks/{task.Id}")).ReadAsync<TaskDto>();
        Assert.Equal((TimeSpan.FromHours(-3), due), (again.DueAt!.Value.Offset, again.DueAt.Value));
        Assert.Equal("America/Sao_Paulo", (await CardAsync(app.Administrator, erinId)).Card.TimeZone);
    }

    private static async Task<(EmployeeCardDto Card, string ETag)> CardAsync(HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/tasking/employees/{id}");
        var card = await response.ReadAsync<EmployeeCardDto>();
        return (card, response.Headers.ETag!.Tag);
    }

    private static Task<HttpResponseMessage> PutAsync<T>(HttpClient client, string url, T body, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json.Options) };
        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue(ifMatch));
        }

        return client.SendAsync(request);
    }
}

[Trait("Provider", "Sqlite")]
public sealed class StaffApiSqliteTests(SqliteApi app) : StaffApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class StaffApiPostgresTests(PostgresApi app) : StaffApiTests(app), IClassFixture<PostgresApi>;
