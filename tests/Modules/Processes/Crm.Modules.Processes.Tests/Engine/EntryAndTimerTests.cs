using System.Net.Http.Json;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.BuildingBlocks.Contracts;
using Crm.Modules.Processes.Application.Instances.FireTimers;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Processes.Domain.Definitions;
using Crm.Modules.Processes.Domain.Instances;
using Crm.Modules.Processes.Infrastructure.Timers;
using Crm.Modules.Processes.Tests.Support;
using Crm.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static Crm.Modules.Processes.Tests.Support.Blocks;

namespace Crm.Modules.Processes.Tests.Engine;

/// <summary>How instances start (entry rules) and how timers behave across restarts and replicas.</summary>
public abstract class EntryAndTimerTests(EngineApi app)
{
    private readonly Support.Engine _engine = new(app);

    private static string NewObject() => "o-" + Guid.NewGuid().ToString("N")[..10];

    private static ProcessDocument WaitForever(string name) =>
        Process(name, Start("ask"), Question("ask", "Work on it", ("done", "end")), Finish("end", "positive"));

    private async Task<List<Guid>> InstancesOnAsync(Guid definition, string objectId) =>
        (await (await app.Administrator.GetAsync($"/api/processes/instances?definitionId={definition}&objectId={objectId}"))
            .ReadAsync<List<Application.Instances.InstanceSummary>>()).Select(i => i.Id).ToList();

    [Fact]
    public async Task On_creation_starts_once_per_object_and_only_where_the_entry_condition_holds()
    {
        var definition = await _engine.DefineAsync(WaitForever("New orders") with
        {
            Entry = new EntryRule { Kind = EntryKinds.OnCreation },
            Condition = "status = 'New'",
        });
        var fresh = NewObject();
        var imported = NewObject();

        await _engine.ReportAsync(fresh, FactsReportedIntegrationEvent.Created, ("status", "New"));
        await _engine.ReportAsync(imported, FactsReportedIntegrationEvent.Created, ("status", "Paid"));
        await _engine.ReportAsync(fresh, FactsReportedIntegrationEvent.Created, ("status", "New")); // reported twice

        Assert.Single(await InstancesOnAsync(definition, fresh));
        Assert.Empty(await InstancesOnAsync(definition, imported));
    }

    [Fact]
    public async Task A_page_visit_starts_the_process_when_its_url_matches_with_or_without_parameters()
    {
        var anyQuery = await _engine.DefineAsync(WaitForever("Visited pricing") with
        {
            Entry = new EntryRule { Kind = EntryKinds.OnFact, Fact = "page-visited", Url = "https://shop.example/pricing", IgnoreQuery = true },
        });
        var exact = await _engine.DefineAsync(WaitForever("Visited a campaign") with
        {
            AllowConcurrentInstances = true,
            Entry = new EntryRule { Kind = EntryKinds.OnFact, Fact = "page-visited", Url = "https://shop.example/promo?utm=mail*" },
        });
        var client = NewObject();

        async Task Visit(string url, string? query) => await _engine.ReportAsync(new FactsReportedIntegrationEvent(
            new ObjectReference(TestObjects.ObjectType, client), "page-visited", new Dictionary<string, object?>(),
            new Dictionary<string, string?> { ["url"] = url, ["query"] = query }));

        await Visit("https://shop.example/pricing", "ref=ad");
        await Visit("https://shop.example/about", null);
        await Visit("https://shop.example/promo", "utm=mail-42");
        await Visit("https://shop.example/promo", "utm=sms");

        Assert.Single(await InstancesOnAsync(anyQuery, client));
        Assert.Single(await InstancesOnAsync(exact, client));
    }

    [Fact]
    public async Task A_periodic_check_starts_matching_objects_and_comes_back_every_period()
    {
        var unpaid = NewObject();
        var paid = NewObject();
        await _engine.ReportAsync(unpaid, null, ("unpaid-check", true), ("paid", false));
        await _engine.ReportAsync(paid, null, ("unpaid-check", true), ("paid", true));
        var definition = await _engine.DefineAsync(WaitForever("Remind about unpaid orders") with
        {
            Entry = new EntryRule { Kind = EntryKinds.Periodic, EveryMinutes = 15 },
            Condition = "unpaid-check = true and paid = false",
        });

        await _engine.AdvanceAsync(TimeSpan.FromMinutes(15));
        Assert.Single(await InstancesOnAsync(definition, unpaid));
        Assert.Empty(await InstancesOnAsync(definition, paid));

        var later = NewObject();
        await _engine.ReportAsync(later, null, ("unpaid-check", true), ("paid", false));
        await _engine.AdvanceAsync(TimeSpan.FromMinutes(15));
        Assert.Single(await InstancesOnAsync(definition, later));
        Assert.Single(await InstancesOnAsync(definition, unpaid)); // still running: not started twice
    }

    [Fact]
    public async Task An_edited_definition_runs_as_a_new_version_while_running_instances_keep_theirs()
    {
        var definition = await _engine.DefineAsync(WaitForever("Versioned"));
        var old = await _engine.StartAsync(definition, NewObject());
        var changed = WaitForever("Versioned") with
        {
            Blocks = [Start("ask"), Question("ask", "Work on it, version 2", ("done", "end"), ("skip", "end")), Finish("end", "neutral")],
        };
        (await app.Administrator.PutAsJsonAsync($"/api/processes/definitions/{definition}", changed, Json.Options)).EnsureSuccessStatusCode();
        await app.Administrator.PostAsync($"/api/processes/definitions/{definition}/activate", null);
        var fresh = await _engine.StartAsync(definition, NewObject());

        Assert.Equal(1, (await _engine.InstanceAsync(old)).Summary.Version);
        Assert.Equal(2, (await _engine.InstanceAsync(fresh)).Summary.Version);
        await _engine.AnswerAsync(await _engine.TaskAsync(old, "ask"), "done");
        Assert.Equal("positive", (await _engine.StateAsync(old, InstanceState.Finished)).Summary.Outcome);
        Assert.Equal(["done", "skip"], (await _engine.TaskAsync(fresh, "ask")).Answers.Select(a => a.Code));
        var v1 = await (await app.Administrator.GetAsync($"/api/processes/definitions/{definition}/versions/1")).ReadAsync<Application.Definitions.VersionDto>();
        Assert.Equal("Work on it", v1.Document.Blocks.Single(b => b.Id == "ask").Title);
    }

    [Fact]
    public async Task Timers_are_rows_that_survive_a_restart()
    {
        var definition = await _engine.DefineAsync(Process("Delay", Start("wait"),
            new BlockDefinition { Id = "wait", Type = BlockTypes.Delay, Duration = TimeSpan.FromDays(1), Exits = Exits(("next", "end")) }, Finish("end", "positive")));
        var instance = await _engine.StartAsync(definition, NewObject());

        await app.RestartAsync();
        await _engine.AdvanceAsync(TimeSpan.FromDays(1));

        await _engine.StateAsync(instance, InstanceState.Finished);
    }

    [Fact]
    public async Task When_a_transaction_of_fires_fails_its_timers_fire_one_by_one_and_each_once()
    {
        var definition = await _engine.DefineAsync(Process("Batch", Start("wait"),
            new BlockDefinition { Id = "wait", Type = BlockTypes.Delay, Duration = TimeSpan.FromMinutes(5), Exits = Exits(("next", "ask")) },
            Question("ask", "Call", ("done", "end")), Finish("end", "positive")));
        var instances = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            instances.Add(await _engine.StartAsync(definition, NewObject()));
        }

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var failing = new FailingFireTransactions();
        await using var node = new CrmApiFactory(app.Database, app.Clock, settings: new Dictionary<string, string> { ["Processes:Timers:Enabled"] = "false" }, services: services =>
            services.AddSingleton(failing).AddScoped<IPipelineBehavior<FireTimersCommand, Unit>, FailBeforeCommit>());
        Assert.Equal(3, await node.Services.GetRequiredService<TimerProcessor>().FireDueAsync(CancellationToken.None));

        Assert.Equal(1, failing.Count); // the three fires were tried in one transaction first…
        Assert.True(failing.BeforeCommit); // …which failed before it committed, so nothing of it stayed
        foreach (var instance in instances)
        {
            var trace = (await _engine.InstanceAsync(instance)).Trace;
            Assert.Single(trace, t => t.BlockId == "wait" && t.Exit == "next");
            Assert.Single(trace, t => t.BlockId == "ask");
        }
    }

    /// <summary>How many fire transactions the behaviour below broke.</summary>
    private sealed class FailingFireTransactions
    {
        public int Count;

        public bool BeforeCommit;
    }

    /// <summary>Innermost behaviour: the handler has run, the commit has not — as a full disk or lost connection at commit.</summary>
    private sealed class FailBeforeCommit(FailingFireTransactions failing, IUnitOfWorkLocator unitOfWorks) : IPipelineBehavior<FireTimersCommand, Unit>
    {
        public async Task<Unit> Handle(FireTimersCommand request, CancellationToken cancellationToken, RequestHandlerDelegate<Unit> next)
        {
            await next();
            failing.BeforeCommit = unitOfWorks.For(typeof(FireTimersCommand)).IsOpen;
            Interlocked.Increment(ref failing.Count);
            throw new IOException("The disk is full");
        }
    }
}

[Trait("Provider", "Sqlite")]
public sealed class EntryAndTimerSqliteTests(SqliteEngineApi app) : EntryAndTimerTests(app), IClassFixture<SqliteEngineApi>;

[Trait("Provider", "Postgres")]
public sealed class EntryAndTimerPostgresTests(PostgresEngineApi app) : EntryAndTimerTests(app), IClassFixture<PostgresEngineApi>
{
    [Fact]
    public async Task Two_timer_workers_on_one_database_never_fire_a_timer_twice()
    {
        var engine = new Support.Engine(app);
        var definition = await engine.DefineAsync(Process("Burst", Start("wait"),
            new BlockDefinition { Id = "wait", Type = BlockTypes.Delay, Duration = TimeSpan.FromMinutes(5), Exits = Exits(("next", "ask")) },
            Question("ask", "Call", ("done", "end")), Finish("end", "positive")));
        var instances = new List<Guid>();
        for (var i = 0; i < 40; i++)
        {
            instances.Add(await engine.StartAsync(definition, "burst-" + i));
        }

        app.Clock.Advance(TimeSpan.FromMinutes(5));
        await using var second = app.CreateFactory(); // another replica on the same database
        var workers = new[] { app.Factory.Services, second.Services }
            .Select(services => services.GetRequiredService<TimerProcessor>())
            .Select(processor => Task.Run(async () =>
            {
                var fired = 0;
                int batch;
                while ((batch = await processor.FireDueAsync(CancellationToken.None)) > 0)
                {
                    fired += batch;
                }

                return fired;
            }));

        Assert.Equal(40, (await Task.WhenAll(workers)).Sum());
        foreach (var instance in instances)
        {
            var trace = (await engine.InstanceAsync(instance)).Trace;
            Assert.Single(trace, t => t.BlockId == "wait" && t.Exit == "next");
            Assert.Single(trace, t => t.BlockId == "ask");
        }
    }
}
