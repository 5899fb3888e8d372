using Crm.Modules.Tasking.Application.Common;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>The task list's filters and its capped count, as a manager narrows a long list down.</summary>
public abstract class FilterApiTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld World { get; set; } = null!;

    private HttpClient Alice => World.AliceClient;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Filters_narrow_the_list_and_the_count_agrees()
    {
        var subject = Guid.NewGuid().ToString("N");
        var mine = await World.NewCallTaskAsync(subjectId: subject);
        var bobs = await World.NewCallTaskAsync(World.BobClient, subjectId: subject);
        var done = await World.NewCallTaskAsync(subjectId: subject);
        await Alice.PostAsync($"/api/tasking/tasks/{mine.Id}/take", null);
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await Alice.PostJsonAsync($"/api/tasking/tasks/{done.Id}/complete", new { result = "no-answer" });
        var of = $"subjectType=order&subjectId={subject}";

        Assert.Equal([mine.Id, bobs.Id], await IdsAsync($"{of}&order=OldFirst"));
        Assert.Equal([bobs.Id], await IdsAsync($"{of}&validity=Free"));
        Assert.Equal([done.Id], await IdsAsync($"{of}&validity=Closed"));
        Assert.Equal([done.Id], await IdsAsync($"{of}&result=no-answer"));
        Assert.Equal([mine.Id], await IdsAsync($"{of}&assigneeId={World.Alice.Id}"));
        Assert.Equal([bobs.Id], await IdsAsync($"{of}&creatorId={World.Bob.Id}&validity=All"));
        Assert.Equal([done.Id], await IdsAsync($"{of}&validity=All&doneFrom={Uri.EscapeDataString(app.Clock.GetUtcNow().AddMinutes(-1).ToString("O"))}"));
        Assert.Equal([mine.Id], await IdsAsync($"search={mine.Number}"));
        Assert.Empty(await IdsAsync($"{of}&search=no+such+words"));
        Assert.Equal(3, (await IdsAsync($"{of}&validity=All&search=WILL+PAY")).Count); // description, any case

        var count = await (await Alice.GetAsync($"/api/tasking/tasks/count?{of}&validity=All")).ReadAsync<CappedCount>();
        Assert.Equal((3, false, "3"), (count.Value, count.Capped, count.Text));
    }

    [Fact]
    public void Counts_beyond_the_cap_read_10_000_plus() =>
        Assert.Equal((10_000, true, "10,000+"), (CappedCount.Of(10_001).Value, CappedCount.Of(10_001).Capped, CappedCount.Of(10_001).Text));

    private Task<List<Guid>> IdsAsync(string query) => TaskingWorld.TaskIdsAsync(Alice, query);
}

[Trait("Provider", "Sqlite")]
public sealed class FilterApiSqliteTests(SqliteApi app) : FilterApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class FilterApiPostgresTests(PostgresApi app) : FilterApiTests(app), IClassFixture<PostgresApi>;
