using System.Net;
using Crm.BuildingBlocks.Application.Specifications;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>Who sees which manual tasks, and that editing and deleting are the main administrator's.</summary>
public abstract class PermissionApiTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld World { get; set; } = null!;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_task_is_seen_by_its_addressees_creator_and_the_administrator_only()
    {
        var (carol, carolId) = await HireAsync("Carol");
        var forBob = await CreateAsync(World.AliceClient, new { kind = "Employee", id = World.Bob.Id });

        Assert.Equal(HttpStatusCode.OK, (await World.BobClient.GetAsync($"/api/tasking/tasks/{forBob.Id}")).StatusCode);      // addressee
        Assert.Equal(HttpStatusCode.OK, (await World.AliceClient.GetAsync($"/api/tasking/tasks/{forBob.Id}")).StatusCode);    // creator
        Assert.Equal(HttpStatusCode.OK, (await app.Administrator.GetAsync($"/api/tasking/tasks/{forBob.Id}")).StatusCode);    // main administrator
        await (await carol.GetAsync($"/api/tasking/tasks/{forBob.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await carol.PostJsonAsync($"/api/tasking/tasks/{forBob.Id}/comments", new { text = "hi" })).ProblemAsync(HttpStatusCode.NotFound);

        var forCarol = await CreateAsync(World.AliceClient, new { kind = "Employee", id = carolId });
        var carolsList = await (await carol.GetAsync("/api/tasking/tasks")).ReadAsync<KeysetPage<TaskSummaryDto>>();
        Assert.Equal([forCarol.Id], carolsList.Items.Select(t => t.Id));
    }

    [Fact]
    public async Task A_task_for_a_department_is_seen_by_its_members()
    {
        var department = await (await app.Administrator.PostJsonAsync("/api/tasking/departments", new { name = "Parts store" })).ReadAsync<Named>(HttpStatusCode.Created);
        var (erin, _) = await HireAsync("Erin", department.Id);
        var (frank, _) = await HireAsync("Frank");
        var task = await CreateAsync(app.Administrator, new { kind = "Department", id = department.Id });

        Assert.Equal("Parts store", task.Addressee.Name);
        var seen = await (await erin.GetAsync("/api/tasking/tasks")).ReadAsync<KeysetPage<TaskSummaryDto>>();
        Assert.Contains(seen.Items, t => t.Id == task.Id);
        await (await frank.GetAsync($"/api/tasking/tasks/{task.Id}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_the_main_administrator_edits_and_deletes_tasks()
    {
        var task = await World.NewCallTaskAsync();
        var edit = new { typeId = World.Arbitrary.Id, title = "Call about the invoice", description = "Invoice 77", dueAt = app.Clock.GetUtcNow().AddDays(1), assigneeId = World.Bob.Id };

        await (await World.AliceClient.PutAsync($"/api/tasking/tasks/{task.Id}", JsonContent(edit))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await World.AliceClient.DeleteAsync($"/api/tasking/tasks/{task.Id}")).ProblemAsync(HttpStatusCode.Forbidden);

        var edited = await (await app.Administrator.PutAsync($"/api/tasking/tasks/{task.Id}", JsonContent(edit))).ReadAsync<TaskDto>();
        Assert.Equal(("Arbitrary task", "Call about the invoice", "Invoice 77", "Bob"), (edited.Type.Name, edited.Title, edited.Description, edited.Assignee!.Name));
        Assert.Equal(WorkTaskStatus.InProgress, edited.Status);
        var history = await (await World.BobClient.GetAsync($"/api/tasking/tasks/{task.Id}/history")).ReadAsync<List<TaskHistoryEntryDto>>();
        Assert.Equal((TaskAction.Edited, "Main Administrator"), (history[^1].Action, history[^1].By!.Name));

        var badType = edit with { typeId = Guid.NewGuid() };
        Assert.NotEmpty((await (await app.Administrator.PutAsync($"/api/tasking/tasks/{task.Id}", JsonContent(badType))).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("typeId"));

        Assert.Equal(HttpStatusCode.NoContent, (await app.Administrator.DeleteAsync($"/api/tasking/tasks/{task.Id}")).StatusCode);
        await (await World.AliceClient.GetAsync($"/api/tasking/tasks/{task.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Single(await app.Factory.Events.WaitForAsync<TaskDeletedIntegrationEvent>(e => e.TaskId == task.Id));
    }

    private static HttpContent JsonContent<T>(T body) => System.Net.Http.Json.JsonContent.Create(body, options: Json.Options);

    private async Task<TaskDto> CreateAsync(HttpClient creator, object addressee) =>
        await (await creator.PostJsonAsync("/api/tasking/tasks", new { typeId = World.Arbitrary.Id, title = "Check the lift", addressee }))
            .ReadAsync<TaskDto>(HttpStatusCode.Created);

    private async Task<(HttpClient Client, Guid Id)> HireAsync(string name, Guid? departmentId = null)
    {
        var employee = await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = "Europe/Lisbon", departmentId }))
            .ReadAsync<Named>(HttpStatusCode.Created);
        return (app.Factory.ClientFor(employee.Id, name), employee.Id);
    }

    private sealed record Named(Guid Id, string Name);
}

[Trait("Provider", "Sqlite")]
public sealed class PermissionApiSqliteTests(SqliteApi app) : PermissionApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class PermissionApiPostgresTests(PostgresApi app) : PermissionApiTests(app), IClassFixture<PostgresApi>;
