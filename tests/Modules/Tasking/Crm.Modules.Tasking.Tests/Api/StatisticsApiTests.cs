using System.Net;
using Crm.Modules.Tasking.Application.Statistics;
using Crm.Modules.Tasking.Application.Statistics.GetResults;
using Crm.Modules.Tasking.Application.Statistics.GetSummary;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>
/// A manager reads the statistics of a small, known day of calls. Each test counts tasks of a task type of its own
/// (the <c>typeId</c> filter), so tests sharing the database do not disturb each other.
/// </summary>
public abstract class StatisticsApiTests(ApiFixture app) : IAsyncLifetime
{
    private TaskingWorld World { get; set; } = null!;

    private HttpClient Alice => World.AliceClient;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    /// <summary>
    /// From 23:30 UTC: A (taken after 10 min, done on time after 30 min), B (due in 1 h, refused after 140 min, late),
    /// C (due in 1 h, still open at 02:00: overdue), D (due in 2 h, open, not overdue).
    /// </summary>
    private async Task<(Guid TypeId, DateTimeOffset Day)> KnownDayAsync()
    {
        var type = await (await app.Administrator.PostJsonAsync("/api/tasking/task-types", new
        {
            name = "Statistics call " + Guid.NewGuid().ToString("N")[..8],
            results = new[] { new { code = "reached", name = "Got through", requiresReason = false }, new { code = "refusal", name = "Refusal", requiresReason = true } },
        }))
            .ReadAsync<TaskTypeDto>(HttpStatusCode.Created);
        var now = app.Clock.GetUtcNow();
        var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(1);
        app.Clock.Advance(day.AddMinutes(23 * 60 + 30) - now);
        var a = await CreateAsync(type.Id, TimeSpan.FromHours(2));
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await Alice.PostAsync($"/api/tasking/tasks/{a.Id}/take", null);
        var b = await CreateAsync(type.Id, TimeSpan.FromHours(1));
        app.Clock.Advance(TimeSpan.FromMinutes(20));
        (await Alice.PostJsonAsync($"/api/tasking/tasks/{a.Id}/complete", new { result = "reached" })).EnsureSuccessStatusCode();
        await CreateAsync(type.Id, TimeSpan.FromHours(1));
        app.Clock.Advance(TimeSpan.FromHours(2));
        (await World.BobClient.PostJsonAsync($"/api/tasking/tasks/{b.Id}/complete", new { result = "refusal", reason = "Too expensive" })).EnsureSuccessStatusCode();
        await CreateAsync(type.Id, TimeSpan.FromHours(2));
        return (type.Id, day);
    }

    private async Task<TaskDto> CreateAsync(Guid typeId, TimeSpan due, HttpClient? creator = null, object? addressee = null) =>
        await (await (creator ?? Alice).PostJsonAsync("/api/tasking/tasks", new
        {
            typeId,
            title = "Call the client",
            addressee = addressee ?? new { kind = "Position", id = World.OperatorPositionId },
            dueAt = app.Clock.GetUtcNow().Add(due),
        }))
            .ReadAsync<TaskDto>(HttpStatusCode.Created);

    private static string Period(DateTimeOffset day) =>
        $"from={Uri.EscapeDataString(day.AddHours(20).ToString("O"))}&to={Uri.EscapeDataString(day.AddHours(27).ToString("O"))}";

    [Fact]
    public async Task The_summary_counts_open_closed_overdue_on_time_and_average_times()
    {
        var (type, day) = await KnownDayAsync();

        var summary = await (await Alice.GetAsync($"/api/tasking/statistics/summary?typeId={type}&{Period(day)}")).ReadAsync<StatisticsSummary>();

        var c = summary.Counts;
        Assert.Equal((4, 2, 2, 1), (c.Total, c.Open, c.Closed, c.Overdue));
        Assert.Equal((1, 2, 0.5), (c.OnTime, c.DoneWithDeadline, c.OnTimeShare));
        Assert.Equal(4500, c.AverageSecondsToTake);      // A 10 min, B 140 min (taken by acting on it)
        Assert.Equal(5100, c.AverageSecondsToComplete);  // A 30 min, B 140 min
        Assert.Equal(day.AddHours(20), summary.From);
    }

    [Fact]
    public async Task Days_are_counted_in_the_chosen_time_zone()
    {
        var (type, day) = await KnownDayAsync();

        var utc = await ByDayAsync($"typeId={type}&{Period(day)}&timeZone=UTC");
        var moscow = await ByDayAsync($"typeId={type}&{Period(day)}&timeZone=Europe/Moscow");

        var first = day.ToString("yyyy-MM-dd");
        var second = day.AddDays(1).ToString("yyyy-MM-dd");
        Assert.Equal([(first, 2), (second, 2)], utc.Rows.Select(r => (r.Key, r.Counts.Total)));
        Assert.Equal([(first, 0), (second, 4)], moscow.Rows.Select(r => (r.Key, r.Counts.Total))); // 23:30 UTC is 02:30 next day in Moscow
        Assert.Equal("Europe/Moscow", moscow.TimeZone);
        Assert.Equal(1, moscow.Rows[1].Counts.Overdue);

        var problem = await (await Alice.GetAsync($"/api/tasking/statistics/by-day?timeZone=Mars/Olympus")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.FieldErrors("timeZone"));
    }

    [Fact]
    public async Task Breakdowns_by_manager_status_and_results()
    {
        var (type, day) = await KnownDayAsync();
        var of = $"typeId={type}&{Period(day)}";

        var managers = await BreakdownAsync("by-manager", of);
        Assert.Equal([("none", "Nobody", 2), (World.Alice.Id.ToString(), "Alice", 1), (World.Bob.Id.ToString(), "Bob", 1)],
            managers.Rows.Select(r => (r.Key, r.Label, r.Counts.Total)));
        Assert.Equal(1.0, managers.Rows.Single(r => r.Label == "Alice").Counts.OnTimeShare);
        Assert.Equal(0.0, managers.Rows.Single(r => r.Label == "Bob").Counts.OnTimeShare);

        var statuses = await BreakdownAsync("by-status", of);
        Assert.Equal([("Done", 2), ("New", 2)], statuses.Rows.Select(r => (r.Key, r.Counts.Total)));

        var both = await BreakdownAsync("by-manager-and-process", of);
        Assert.Contains(both.Rows, r => r.Key == $"{World.Alice.Id}/none" && r.Label == "Alice / No process (manual tasks)" && r.Counts.Total == 1);

        var types = await BreakdownAsync("by-type", of);
        Assert.Equal(type.ToString(), Assert.Single(types.Rows).Key);

        var results = await (await Alice.GetAsync($"/api/tasking/statistics/results?{of}")).ReadAsync<ResultStatistics>();
        Assert.Equal([("reached", 1), ("refusal", 1)], results.Results.OrderBy(r => r.Key).Select(r => (r.Key, r.Counts.Total)));
        Assert.Equal([("Too expensive", 1)], results.Reasons.Select(r => (r.Key, r.Counts.Total)));
    }

    [Fact]
    public async Task Process_statistics_group_the_tasks_of_each_process()
    {
        var definition = Guid.NewGuid();
        await World.DeliverAsync(World.CallRequest(definition));
        await World.DeliverAsync(World.CallRequest(definition));

        var processes = await (await app.Administrator.GetAsync($"/api/tasking/statistics/by-process?processId={definition}")).ReadAsync<StatisticsReport>();

        var row = Assert.Single(processes.Rows);
        Assert.Equal((definition.ToString(), "Unpaid order", 2, 2), (row.Key, row.Label, row.Counts.Total, row.Counts.Open));
    }

    [Fact]
    public async Task The_administrator_counts_every_task_and_others_the_tasks_they_may_see()
    {
        var (type, day) = await KnownDayAsync();
        var (carol, _) = await World.HireAsync("Carol " + Guid.NewGuid().ToString("N")[..6]);
        var of = $"/api/tasking/statistics/summary?typeId={type}&{Period(day).Split("&to=")[0]}";
        await CreateAsync(type, TimeSpan.FromHours(1), carol, new { kind = "Position", id = World.OperatorPositionId });

        Assert.Equal(5, await TotalAsync(app.Administrator, of));
        Assert.Equal(5, await TotalAsync(Alice, of));  // all addressed to her position
        Assert.Equal(1, await TotalAsync(carol, of));  // only the one she created
        var (stranger, _) = await World.HireAsync("Dave " + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(0, await TotalAsync(stranger, of));

        var backwards = await (await Alice.GetAsync($"/api/tasking/statistics/summary?from={Uri.EscapeDataString(day.ToString("O"))}&to={Uri.EscapeDataString(day.AddDays(-1).ToString("O"))}"))
            .ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(backwards.FieldErrors("to"));
        Assert.NotEmpty((await (await Alice.GetAsync("/api/tasking/statistics/by-manager?from=yesterday")).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("from"));
    }

    private static async Task<int> TotalAsync(HttpClient client, string url) => (await (await client.GetAsync(url)).ReadAsync<StatisticsSummary>()).Counts.Total;

    private async Task<StatisticsReport> ByDayAsync(string query) =>
        await (await Alice.GetAsync($"/api/tasking/statistics/by-day?{query}")).ReadAsync<StatisticsReport>();

    private async Task<StatisticsReport> BreakdownAsync(string what, string query) =>
        await (await Alice.GetAsync($"/api/tasking/statistics/{what}?{query}")).ReadAsync<StatisticsReport>();
}

[Trait("Provider", "Sqlite")]
public sealed class StatisticsApiSqliteTests(SqliteApi app) : StatisticsApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class StatisticsApiPostgresTests(PostgresApi app) : StatisticsApiTests(app), IClassFixture<PostgresApi>;
