using System.Net;
using System.Net.Http.Json;
using Crm.Modules.Tasking.Application.Common;
using Crm.Modules.Tasking.Application.SavedFilters;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>An operator keeps list filters under names, applies them, and nobody else sees them.</summary>
public abstract class SavedFilterApiTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld World { get; set; } = null!;

    private HttpClient Alice => World.AliceClient;

    private HttpClient Bob => World.BobClient;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_saved_filter_applies_to_the_list_and_the_count_and_explicit_parameters_win()
    {
        var subject = Guid.NewGuid().ToString("N");
        var first = await World.NewCallTaskAsync(subjectId: subject);
        var second = await World.NewCallTaskAsync(subjectId: subject);
        await Alice.PostJsonAsync($"/api/tasking/tasks/{second.Id}/complete", new { result = "no-answer" });
        var saved = await SaveAsync(Alice, "Order calls " + subject, new { validity = "All", subjectType = "order", subjectId = subject, order = "OldFirst" });
        Assert.Equal(("OldFirst", subject), (saved.Filter.Order.ToString(), saved.Filter.SubjectId));

        Assert.Equal([first.Id, second.Id], await IdsAsync($"savedFilterId={saved.Id}"));
        Assert.Equal([second.Id, first.Id], await IdsAsync($"savedFilterId={saved.Id}&order=NewFirst"));
        Assert.Equal([second.Id], await IdsAsync($"savedFilterId={saved.Id}&validity=Closed"));
        Assert.Equal([first.Id], await IdsAsync($"savedFilterId={saved.Id}&status=New"));
        var count = await (await Alice.GetAsync($"/api/tasking/tasks/count?savedFilterId={saved.Id}")).ReadAsync<CappedCount>();
        Assert.Equal(2, count.Value);
        Assert.Equal(1, (await (await Alice.GetAsync($"/api/tasking/tasks/count?savedFilterId={saved.Id}&validity=Open")).ReadAsync<CappedCount>()).Value);
    }

    [Fact]
    public async Task Filters_are_listed_renamed_changed_and_deleted_and_names_are_unique_per_employee()
    {
        var name = "Mine " + Guid.NewGuid().ToString("N")[..8];
        var saved = await SaveAsync(Alice, name, new { ownership = "Mine" });
        Assert.Contains(await ListAsync(Alice), f => f.Id == saved.Id && f.Name == name);

        var duplicate = await (await Alice.PostJsonAsync("/api/tasking/saved-filters", new { name = $"  {name} ", filter = new { } })).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("saved-filter.duplicate-name", duplicate.Code());
        await SaveAsync(Bob, name, new { ownership = "Mine" }); // Bob may use the same name for his own

        var other = await SaveAsync(Alice, name + " (2)", new { validity = "Closed" });
        var renamed = await (await Alice.PutAsJsonAsync($"/api/tasking/saved-filters/{saved.Id}", new { name = name + " renamed", filter = new { validity = "Free", search = "pay" } }, Json.Options))
            .ReadAsync<SavedFilterDto>();
        Assert.Equal((name + " renamed", "Free", "pay", null), (renamed.Name, renamed.Filter.Validity.ToString(), renamed.Filter.Search, renamed.Filter.Ownership));
        var clash = await (await Alice.PutAsJsonAsync($"/api/tasking/saved-filters/{other.Id}", new { name = name + " renamed", filter = new { } }, Json.Options))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("saved-filter.duplicate-name", clash.Code());
        Assert.Equal("Free", (await (await Alice.GetAsync($"/api/tasking/saved-filters/{saved.Id}")).ReadAsync<SavedFilterDto>()).Filter.Validity.ToString());

        Assert.Equal(HttpStatusCode.NoContent, (await Alice.DeleteAsync($"/api/tasking/saved-filters/{saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Alice.GetAsync($"/api/tasking/saved-filters/{saved.Id}")).StatusCode);
        Assert.DoesNotContain(await ListAsync(Alice), f => f.Id == saved.Id);
    }

    [Fact]
    public async Task Another_employees_filter_is_not_found_anywhere()
    {
        var saved = await SaveAsync(Alice, "Private " + Guid.NewGuid().ToString("N")[..8], new { validity = "All" });

        Assert.DoesNotContain(await ListAsync(Bob), f => f.Id == saved.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await Bob.GetAsync($"/api/tasking/saved-filters/{saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bob.PutAsJsonAsync($"/api/tasking/saved-filters/{saved.Id}", new { name = "Taken over", filter = new { } }, Json.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bob.DeleteAsync($"/api/tasking/saved-filters/{saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bob.GetAsync($"/api/tasking/tasks?savedFilterId={saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Bob.GetAsync($"/api/tasking/tasks/count?savedFilterId={saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Alice.GetAsync($"/api/tasking/saved-filters/{saved.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_filter_the_list_would_refuse_is_not_saved()
    {
        var problem = await (await Alice.PostJsonAsync("/api/tasking/saved-filters", new { name = "", filter = new { limit = 0, search = new string('x', 201) } }))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("name"));
        Assert.NotEmpty(problem.FieldErrors("filter.limit"));
        Assert.NotEmpty(problem.FieldErrors("filter.search"));
        Assert.NotEmpty((await (await Alice.PostJsonAsync("/api/tasking/saved-filters", new { name = "Odd", filter = new { validity = "Sometimes" } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("filter.validity"));
        Assert.NotEmpty((await (await Alice.PostJsonAsync("/api/tasking/saved-filters", new { name = "No filter" })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("filter"));
        Assert.NotEmpty((await (await Alice.PostJsonAsync("/api/tasking/saved-filters", new { name = new string('n', 101), filter = new { } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("name"));
        Assert.DoesNotContain(await ListAsync(Alice), f => f.Name is "" or "Odd" or "No filter");
        Assert.NotEmpty((await (await Alice.GetAsync("/api/tasking/tasks?savedFilterId=not-a-guid")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("savedFilterId"));
    }

    private static async Task<SavedFilterDto> SaveAsync(HttpClient client, string name, object filter) =>
        await (await client.PostJsonAsync("/api/tasking/saved-filters", new { name, filter })).ReadAsync<SavedFilterDto>(HttpStatusCode.Created);

    private static async Task<IReadOnlyList<SavedFilterDto>> ListAsync(HttpClient client) =>
        await (await client.GetAsync("/api/tasking/saved-filters")).ReadAsync<List<SavedFilterDto>>();

    private Task<List<Guid>> IdsAsync(string query) => TaskingWorld.TaskIdsAsync(Alice, query);
}

[Trait("Provider", "Sqlite")]
public sealed class SavedFilterApiSqliteTests(SqliteApi app) : SavedFilterApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class SavedFilterApiPostgresTests(PostgresApi app) : SavedFilterApiTests(app), IClassFixture<PostgresApi>;
