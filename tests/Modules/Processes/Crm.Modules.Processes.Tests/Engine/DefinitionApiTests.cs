using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Modules.Processes.Application.Definitions;
using Crm.Modules.Processes.Application.Instances;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Tests.Support;
using Crm.Tests.Support;
using Xunit;
using static Crm.Modules.Processes.Tests.Support.Blocks;

namespace Crm.Modules.Processes.Tests.Engine;

/// <summary>Administrators draw, check, release, export and test-run definitions through the API.</summary>
public abstract class DefinitionApiTests(EngineApi app)
{
    private static ProcessDocument Valid() =>
        Process("Valid", Start("ask"), Question("ask", "Go?", ("yes", "end")), Finish("end", "positive"));

    [Fact]
    public async Task Every_fault_is_reported_with_its_block_and_exit()
    {
        var selfCalling = Guid.NewGuid();
        var broken = Process("Broken",
            Start("ask"),
            Start("second-start"),
            Question("ask", "Go?", ("yes", "act"), ("no", "")) with { Answers = [new("yes", "Yes"), new("no", "No"), new("maybe", "Maybe")] },
            Action("act", "launch-rocket", "cond"),
            new BlockDefinition { Id = "cond", Type = BlockTypes.Condition, Condition = "total >= and", Exits = Exits(("true", "end"), ("false", "nowhere")) },
            new BlockDefinition { Id = "odd", Type = "teleport" },
            new BlockDefinition { Id = "lonely", Type = BlockTypes.Finish, Outcome = "neutral" },
            Finish("end", "positive"));

        var report = await (await app.Administrator.PostJsonAsync("/api/processes/definitions/validate", broken)).ReadAsync<ValidationReport>();

        Assert.False(report.Valid);
        Assert.Contains(report.Problems, p => p is { Code: "start.doubled" });
        Assert.Contains(report.Problems, p => p is { Code: "exit.no-target", BlockId: "ask", Exit: "no" });
        Assert.Contains(report.Problems, p => p is { Code: "exit.missing", BlockId: "ask", Exit: "maybe" });
        Assert.Contains(report.Problems, p => p is { Code: "action.not-offered", BlockId: "act" });
        Assert.Contains(report.Problems, p => p is { Code: "exit.unknown-target", BlockId: "cond", Exit: "false" });
        Assert.Contains(report.Problems, p => p.Code == "condition.invalid" && p.BlockId == "cond" && p.Message.Contains("position 10", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p is { Code: "block.unknown-type", BlockId: "odd" });
        Assert.Contains(report.Problems, p => p is { Code: "block.unreachable", BlockId: "lonely" });

        var noStart = Process("No start", Finish("end", "positive"));
        Assert.Contains((await (await app.Administrator.PostJsonAsync("/api/processes/definitions/validate", noStart)).ReadAsync<ValidationReport>()).Problems,
            p => p.Code == "start.missing");

        var saving = await (await app.Administrator.PostJsonAsync("/api/processes/definitions", broken)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotEmpty(saving.FieldErrors("blocks[ask].exits.maybe"));
        Assert.NotEmpty(saving.FieldErrors("blocks[act]"));
    }

    [Fact]
    public async Task A_subprocess_that_calls_its_caller_is_refused()
    {
        var first = await new Support.Engine(app).DefineAsync(Valid(), activate: false);
        var second = await new Support.Engine(app).DefineAsync(Process("Second", Start("sub"),
            new BlockDefinition { Id = "sub", Type = BlockTypes.Subprocess, DefinitionId = first, Exits = Exits(("positive", "end")) }, Finish("end", "positive")), activate: false);
        var loop = Process("First again", Start("sub"),
            new BlockDefinition { Id = "sub", Type = BlockTypes.Subprocess, DefinitionId = second, Exits = Exits(("positive", "end")) }, Finish("end", "positive"));

        var problem = await (await app.Administrator.PutAsJsonAsync($"/api/processes/definitions/{first}", loop, Json.Options)).ProblemAsync(HttpStatusCode.BadRequest);

        Assert.Contains("subprocess.calls-itself", problem.FieldErrors("blocks[sub]")[0]);
    }

    [Fact]
    public async Task A_process_calling_a_subprocess_that_was_never_activated_cannot_run()
    {
        var engine = new Support.Engine(app);
        var child = await engine.DefineAsync(Valid(), activate: false);
        var parent = await engine.DefineAsync(Process("Caller", Start("sub"),
            new BlockDefinition { Id = "sub", Type = BlockTypes.Subprocess, DefinitionId = child, Exits = Exits(("positive", "end")) }, Finish("end", "positive")), activate: false);

        var refused = await (await app.Administrator.PostAsync($"/api/processes/definitions/{parent}/activate", null)).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("subprocess.not-released", refused.FieldErrors("blocks[sub]")[0]);

        await app.Administrator.PostAsync($"/api/processes/definitions/{child}/activate", null);
        Assert.Equal(HttpStatusCode.OK, (await app.Administrator.PostAsync($"/api/processes/definitions/{parent}/activate", null)).StatusCode);
    }

    [Fact]
    public async Task A_definition_exports_as_a_file_that_imports_as_a_new_draft()
    {
        var id = await new Support.Engine(app).DefineAsync(Valid() with { Name = "Export me", Priority = 7, NormalReactionTime = TimeSpan.FromMinutes(30) }, activate: false);

        var file = await app.Administrator.GetAsync($"/api/processes/definitions/{id}/export");
        Assert.Equal("export-me.process.json", file.Content.Headers.ContentDisposition!.FileName?.Trim('"'));
        var json = await file.Content.ReadAsStringAsync();
        Assert.Contains("\"normalReactionTime\": \"00:30:00\"", json);

        var imported = await (await app.Administrator.PostAsync("/api/processes/definitions/import", new StringContent(json, System.Text.Encoding.UTF8, "application/json")))
            .ReadAsync<DefinitionDto>(HttpStatusCode.Created);
        Assert.NotEqual(id, imported.Id);
        Assert.Equal((DefinitionState.Draft, 7, "Go?"), (imported.State, imported.Draft.Priority, imported.Draft.Blocks.Single(b => b.Id == "ask").Title));
    }

    [Fact]
    public async Task A_draft_can_be_test_run_on_one_object_and_shows_its_trace()
    {
        var id = await new Support.Engine(app).DefineAsync(Process("Draft", Start("set"),
            new BlockDefinition { Id = "set", Type = BlockTypes.Counter, Counter = "tries", Operation = "set", Value = 2, Exits = Exits(("next", "ask")) },
            Question("ask", "Go?", ("yes", "end")), Finish("end", "positive")), activate: false);

        var run = await (await app.Administrator.PostJsonAsync($"/api/processes/definitions/{id}/test-run", new { @object = new { type = TestObjects.ObjectType, id = "sample-1" } }))
            .ReadAsync<InstanceDto>(HttpStatusCode.Created);

        Assert.True(run.Summary.IsTestRun);
        Assert.Equal(["start", "set", "ask"], run.Trace.Select(t => t.BlockId));
        Assert.Equal("tries = 2", run.Trace[1].Detail);
        Assert.Equal(DefinitionState.Draft, (await (await app.Administrator.GetAsync($"/api/processes/definitions/{id}")).ReadAsync<DefinitionDto>()).State);
        await (await app.Administrator.PostJsonAsync("/api/processes/instances", new { definitionId = id, @object = new { type = TestObjects.ObjectType, id = "x" } }))
            .ProblemAsync(HttpStatusCode.Conflict); // a draft does not start for real
    }

    [Fact]
    public async Task A_draft_can_be_deleted_but_a_released_process_only_stopped()
    {
        var engine = new Support.Engine(app);
        var draft = await engine.DefineAsync(Valid(), activate: false);
        var released = await engine.DefineAsync(Valid());

        Assert.Equal(HttpStatusCode.NoContent, (await app.Administrator.DeleteAsync($"/api/processes/definitions/{draft}")).StatusCode);
        await (await app.Administrator.GetAsync($"/api/processes/definitions/{draft}")).ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("definition.released", (await (await app.Administrator.DeleteAsync($"/api/processes/definitions/{released}")).ProblemAsync(HttpStatusCode.Conflict)).Code());

        var stopped = await (await app.Administrator.PostAsync($"/api/processes/definitions/{released}/stop", null)).ReadAsync<DefinitionDto>();
        Assert.Equal(DefinitionState.Stopped, stopped.State);
        await (await app.Administrator.PostJsonAsync("/api/processes/instances", new { definitionId = released, @object = new { type = TestObjects.ObjectType, id = "y" } }))
            .ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_the_main_administrator_edits_processes_and_stale_edits_are_refused()
    {
        var operatorId = (await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Operator", timeZone = "Europe/Lisbon" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var someone = app.Factory.ClientFor(operatorId);
        await (await someone.PostJsonAsync("/api/processes/definitions", Valid())).ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await someone.GetAsync("/api/processes/definitions")).StatusCode);

        var id = await new Support.Engine(app).DefineAsync(Valid(), activate: false);
        var card = await app.Administrator.GetAsync($"/api/processes/definitions/{id}");
        await app.Administrator.PutAsJsonAsync($"/api/processes/definitions/{id}", Valid() with { Priority = 9 }, Json.Options);
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/processes/definitions/{id}") { Content = JsonContent.Create(Valid(), options: Json.Options) };
        stale.Headers.TryAddWithoutValidation("If-Match", card.Headers.ETag!.Tag);
        Assert.Equal("concurrency.stale", (await (await app.Administrator.SendAsync(stale)).ProblemAsync(HttpStatusCode.Conflict)).Code());
    }
}

[Trait("Provider", "Sqlite")]
public sealed class DefinitionApiSqliteTests(SqliteEngineApi app) : DefinitionApiTests(app), IClassFixture<SqliteEngineApi>;

[Trait("Provider", "Postgres")]
public sealed class DefinitionApiPostgresTests(PostgresEngineApi app) : DefinitionApiTests(app), IClassFixture<PostgresEngineApi>;
