using System.Net;
using Crm.Modules.Tasking.Application.RefusalReasons;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Modules.Tasking.Domain.TaskTypes;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>Checklists on calls and questions, and the refusal-reasons directory a refusal names its reason from.</summary>
public abstract class ChecklistAndReasonApiTests(ApiFixture app) : IAsyncLifetime
{
    private const string Reasons = "/api/tasking/refusal-reasons";

    private TaskingWorld World { get; set; } = null!;

    private HttpClient Alice => World.AliceClient;

    private HttpClient Bob => World.BobClient;

    public async ValueTask InitializeAsync() => World = await TaskingWorld.OfAsync(app);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_executor_keeps_a_checklist_on_a_call_ticked_with_who_and_when()
    {
        var task = await CallTaskAsync();
        var url = $"/api/tasking/tasks/{task.Id}/checklist";

        Assert.NotEmpty((await (await Alice.PostJsonAsync(url, new { text = " " })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("text"));
        await Alice.PostJsonAsync(url, new { text = "Confirm the booking time" });
        var card = await (await Alice.PostJsonAsync(url, new { text = "Offer the winter tyres" })).ReadAsync<TaskDto>();
        Assert.Equal(["Confirm the booking time", "Offer the winter tyres"], card.Checklist.Select(i => i.Text));
        Assert.Equal(World.Alice.Id, card.Assignee!.Id); // working the checklist takes a free task
        var first = card.Checklist[0];

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var ticked = await (await Alice.PostAsync($"{url}/{first.Id}/tick", null)).ReadAsync<TaskDto>();
        Assert.Equal((true, "Alice"), (ticked.Checklist[0].Ticked, ticked.Checklist[0].TickedBy!.Name));
        Assert.Equal((app.Clock.GetUtcNow(), TimeSpan.FromHours(5.5)), (ticked.Checklist[0].TickedAt!.Value, ticked.Checklist[0].TickedAt!.Value.Offset));
        var asBobSeesIt = await (await Bob.GetAsync($"/api/tasking/tasks/{task.Id}")).ReadAsync<TaskDto>();
        Assert.Equal(TimeSpan.FromHours(-3), asBobSeesIt.Checklist[0].TickedAt!.Value.Offset);

        Assert.Equal("task.already-taken", (await (await Bob.PostAsync($"{url}/{first.Id}/untick", null)).ProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.Equal(HttpStatusCode.NotFound, (await Alice.PostAsync($"{url}/{Guid.NewGuid()}/tick", null)).StatusCode);
        var unticked = await (await Alice.PostAsync($"{url}/{first.Id}/untick", null)).ReadAsync<TaskDto>();
        Assert.Equal((false, null), (unticked.Checklist[0].Ticked, unticked.Checklist[0].TickedBy));
        var removed = await (await Alice.DeleteAsync($"{url}/{card.Checklist[1].Id}")).ReadAsync<TaskDto>();
        Assert.Equal(["Confirm the booking time"], removed.Checklist.Select(i => i.Text));

        var history = await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}/history")).ReadAsync<List<TaskHistoryEntryDto>>();
        Assert.Equal(
            [
                (TaskAction.ChecklistItemAdded, "Confirm the booking time"), (TaskAction.ChecklistItemAdded, "Offer the winter tyres"),
                (TaskAction.ChecklistItemTicked, "Confirm the booking time"), (TaskAction.ChecklistItemUnticked, "Confirm the booking time"),
                (TaskAction.ChecklistItemRemoved, "Offer the winter tyres"),
            ],
            history.Where(h => h.Action.ToString().StartsWith("Checklist", StringComparison.Ordinal)).Select(h => (h.Action, h.Details!)));

        await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/complete", new { result = "done" });
        Assert.Equal("task.closed", (await (await Alice.PostJsonAsync(url, new { text = "Too late" })).ProblemAsync(HttpStatusCode.Conflict)).Code());
    }

    [Fact]
    public async Task A_plain_task_has_no_checklist()
    {
        var task = await World.NewCallTaskAsync(); // "Call the client" is a plain task type in this world
        var problem = await (await Alice.PostJsonAsync($"/api/tasking/tasks/{task.Id}/checklist", new { text = "Anything" })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal("task.checklist-not-offered", problem.Code());
        Assert.Empty((await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}")).ReadAsync<TaskDto>()).Checklist);
    }

    [Fact]
    public async Task The_main_administrator_keeps_the_reasons_directory_and_everybody_reads_it()
    {
        var builtIn = await (await Alice.GetAsync(Reasons)).ReadAsync<List<RefusalReasonDto>>();
        var other = Assert.Single(builtIn, r => r.Name == "Other");
        Assert.True(other.DemandsComment && other.IsBuiltIn);

        Assert.Equal(HttpStatusCode.Forbidden, (await Alice.PostJsonAsync(Reasons, new { name = "Chose a dealer" })).StatusCode);
        var created = await (await app.Administrator.PostJsonAsync(Reasons, new { name = "Chose a dealer" })).ReadAsync<RefusalReasonDto>(HttpStatusCode.Created);
        Assert.Equal("refusal-reason.duplicate-name", (await (await app.Administrator.PostJsonAsync(Reasons, new { name = "chose a DEALER" })).ProblemAsync(HttpStatusCode.Conflict)).Code());
        Assert.NotEmpty((await (await app.Administrator.PostJsonAsync(Reasons, new { name = "" })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("name"));

        Assert.Equal(HttpStatusCode.Forbidden, (await Alice.PutAsync($"{Reasons}/{created.Id}", System.Net.Http.Json.JsonContent.Create(new { name = "x" }))).StatusCode);
        var renamed = await (await app.Administrator.PutAsync($"{Reasons}/{created.Id}", System.Net.Http.Json.JsonContent.Create(new { name = "Went to the dealer" }))).ReadAsync<RefusalReasonDto>();
        Assert.Equal("Went to the dealer", renamed.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Administrator.PostAsync($"{Reasons}/{Guid.NewGuid()}/archive", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await Alice.PostAsync($"{Reasons}/{created.Id}/archive", null)).StatusCode);
        Assert.True((await (await app.Administrator.PostAsync($"{Reasons}/{created.Id}/archive", null)).ReadAsync<RefusalReasonDto>()).IsArchived);
        Assert.DoesNotContain(await (await Alice.GetAsync(Reasons)).ReadAsync<List<RefusalReasonDto>>(), r => r.Id == created.Id);
        Assert.Contains(await (await Alice.GetAsync($"{Reasons}?includeArchived=true")).ReadAsync<List<RefusalReasonDto>>(), r => r.Id == created.Id);
        Assert.Equal("refusal-reason.built-in", (await (await app.Administrator.PostAsync($"{Reasons}/{other.Id}/archive", null)).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
    }

    [Fact]
    public async Task A_refusal_names_a_reason_in_use_and_Other_needs_a_comment()
    {
        var retired = await (await app.Administrator.PostJsonAsync(Reasons, new { name = "Moved away" })).ReadAsync<RefusalReasonDto>(HttpStatusCode.Created);
        await app.Administrator.PostAsync($"{Reasons}/{retired.Id}/archive", null);
        var task = await World.NewCallTaskAsync();
        var url = $"/api/tasking/tasks/{task.Id}/complete";

        Assert.NotEmpty((await (await Alice.PostJsonAsync(url, new { result = "refusal", reason = "Aliens" })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reason"));
        Assert.NotEmpty((await (await Alice.PostJsonAsync(url, new { result = "refusal", reason = "Moved away" })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reason"));
        Assert.NotEmpty((await (await Alice.PostJsonAsync(url, new { result = "refusal", reason = retired.Id.ToString() })).ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("reason"));
        Assert.Equal("task.comment-required", (await (await Alice.PostJsonAsync(url, new { result = "refusal", reason = "other" })).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());

        var done = await (await Alice.PostJsonAsync(url, new { result = "refusal", reason = "Other", comment = "Will ask his wife" })).ReadAsync<TaskDto>();
        Assert.Equal(("Other", "Will ask his wife"), (done.Result!.Reason, done.Result.Comment));
        var history = await (await Alice.GetAsync($"/api/tasking/tasks/{task.Id}/history")).ReadAsync<List<TaskHistoryEntryDto>>();
        Assert.Equal("Refusal; reason: Other; Will ask his wife", history[^1].Details);

        var byId = await World.NewCallTaskAsync();
        var price = Assert.Single(await (await Alice.GetAsync(Reasons)).ReadAsync<List<RefusalReasonDto>>(), r => r.Name == "Too expensive");
        var closed = await (await Alice.PostJsonAsync($"/api/tasking/tasks/{byId.Id}/complete", new { result = "refusal", reason = price.Id.ToString() })).ReadAsync<TaskDto>();
        Assert.Equal("Too expensive", closed.Result!.Reason);
    }

    /// <summary>A manual task of the built-in "Process call" type: a call, so it offers a checklist.</summary>
    private async Task<TaskDto> CallTaskAsync() =>
        await (await Alice.PostJsonAsync("/api/tasking/tasks", new
        {
            typeId = BuiltInTaskTypes.Call.Value,
            title = "Remind about the booking",
            addressee = new { kind = "Position", id = World.OperatorPositionId },
        })).ReadAsync<TaskDto>(HttpStatusCode.Created);
}

[Trait("Provider", "Sqlite")]
public sealed class ChecklistAndReasonApiSqliteTests(SqliteApi app) : ChecklistAndReasonApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class ChecklistAndReasonApiPostgresTests(PostgresApi app) : ChecklistAndReasonApiTests(app), IClassFixture<PostgresApi>;
