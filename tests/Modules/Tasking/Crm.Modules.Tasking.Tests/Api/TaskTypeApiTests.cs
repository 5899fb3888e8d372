using System.Net;
using System.Net.Http.Json;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>The main administrator keeps the task-types directory: unique names, renamed, recoloured, reordered.</summary>
public abstract class TaskTypeApiTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld _world = null!;

    private HttpClient Admin => app.Administrator;

    public async ValueTask InitializeAsync() => _world = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_second_type_with_the_same_name_is_refused_with_a_pointer_to_the_first()
    {
        var name = $"Tyre check {Guid.NewGuid():N}";
        var first = await CreateAsync(name, 10);

        var problem = await (await Admin.PostJsonAsync("/api/tasking/task-types", new { name = $"  {name.ToUpperInvariant()} " })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("task-type.duplicate-name", problem.Code());
        Assert.Equal(first.Id, problem.GetProperty("existingId").GetGuid());
        Assert.Single(await ListAsync(), t => t.Name == name);
    }

    [Fact]
    public async Task The_administrator_renames_recolours_and_moves_a_type_and_lists_follow_its_order()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var wash = await CreateAsync($"Wash {tag}", 1000);
        var polish = await CreateAsync($"Polish {tag}", 1001);
        Assert.Equal([wash.Id, polish.Id], Ours(await ListAsync(), tag));

        var changed = await (await Admin.PutAsJsonAsync($"/api/tasking/task-types/{polish.Id}", new { name = $"Polish and wax {tag}", icon = "star", colour = "#ff8800", sortOrder = 999 }))
            .ReadAsync<TaskTypeDto>();
        Assert.Equal(($"Polish and wax {tag}", "star", "#ff8800", 999), (changed.Name, changed.Icon, changed.Colour, changed.SortOrder));
        Assert.Equal(polish.Results, changed.Results); // its results stay
        Assert.Equal([polish.Id, wash.Id], Ours(await ListAsync(), tag));

        var clash = await (await Admin.PutAsJsonAsync($"/api/tasking/task-types/{polish.Id}", new { name = wash.Name, icon = "star", colour = "#ff8800", sortOrder = 999 }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("task-type.duplicate-name", clash.Code());
        var badColour = await (await Admin.PutAsJsonAsync($"/api/tasking/task-types/{polish.Id}", new { name = "x", icon = "star", colour = "orange", sortOrder = 1 }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(badColour.FieldErrors("colour"));
        await (await _world.AliceClient.PutAsJsonAsync($"/api/tasking/task-types/{polish.Id}", new { name = "Mine", icon = "star", colour = "#000000", sortOrder = 1 }))
            .ProblemAsync(HttpStatusCode.Forbidden);
        await (await Admin.PutAsJsonAsync($"/api/tasking/task-types/{Guid.NewGuid()}", new { name = "Nobody's", icon = "star", colour = "#000000", sortOrder = 1 }))
            .ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal($"Polish and wax {tag}", (await ListAsync()).Single(t => t.Id == polish.Id).Name);
    }

    private async Task<TaskTypeDto> CreateAsync(string name, int sortOrder) =>
        await (await Admin.PostJsonAsync("/api/tasking/task-types", new { name, sortOrder })).ReadAsync<TaskTypeDto>(HttpStatusCode.Created);

    private async Task<List<TaskTypeDto>> ListAsync() =>
        await (await Admin.GetAsync("/api/tasking/task-types")).ReadAsync<List<TaskTypeDto>>();

    private static List<Guid> Ours(List<TaskTypeDto> types, string tag) => [.. types.Where(t => t.Name.EndsWith(tag, StringComparison.Ordinal)).Select(t => t.Id)];
}

[Trait("Provider", "Sqlite")]
public sealed class TaskTypeApiSqliteTests(SqliteApi app) : TaskTypeApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class TaskTypeApiPostgresTests(PostgresApi app) : TaskTypeApiTests(app), IClassFixture<PostgresApi>;
