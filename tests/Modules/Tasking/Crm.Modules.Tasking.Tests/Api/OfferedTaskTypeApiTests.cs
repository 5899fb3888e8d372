using System.Net;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.Tasking.Application.Tasks;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.Tasking.Tests.Api;

/// <summary>
/// Task types a module offers (ADR 0073): installed once under the module's ids even when two nodes offer them at
/// once, a name in use gets the module's code, and the type's reaction time and moment-asking results reach its tasks.
/// </summary>
public abstract class OfferedTaskTypeApiTests(ApiFixture app)
{
    private HttpClient Admin => app.Administrator;

    [Fact]
    public async Task Two_nodes_offering_at_once_install_each_type_once_and_a_name_in_use_gets_the_module_s_code()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var mine = await (await Admin.PostJsonAsync("/api/tasking/task-types", new { name = $"Wash {tag}" })).ReadAsync<TaskTypeDto>(HttpStatusCode.Created);
        var (wash, polish) = (Guid.NewGuid(), Guid.NewGuid());
        OfferedTaskType[] types =
        [
            new(wash, $"Wash {tag}", OfferedTaskType.TaskKind, "car", "#123456", []),
            new(polish, $"Polish {tag}", OfferedTaskType.CallKind, "phone", "#654321",
                [new("agreed", "Agreed"), new("later", "Later", AsksForMoment: true), new("refused", "Refused", RequiresReason: true)],
                TimeSpan.FromMinutes(10), AlertOnOpen: true),
        ];

        var first = new TaskTypesOfferedIntegrationEvent("garage", types);
        await Task.WhenAll(OfferAsync(first), OfferAsync(new TaskTypesOfferedIntegrationEvent("garage", types)));
        await OfferAsync(first); // redelivered

        var listed = await (await Admin.GetAsync("/api/tasking/task-types")).ReadAsync<List<TaskTypeDto>>();
        Assert.Equal($"Wash {tag} (garage)", Assert.Single(listed, t => t.Id == wash).Name);
        Assert.Equal($"Wash {tag}", Assert.Single(listed, t => t.Id == mine.Id).Name);
        var offered = Assert.Single(listed, t => t.Id == polish);
        Assert.Single(listed, t => t.Name == $"Polish {tag}");
        Assert.Equal((TaskKind.Call, true, TimeSpan.FromMinutes(10), "#654321"), (offered.Kind, offered.AlertOnOpen, offered.ReactionTime, offered.Colour));
        Assert.Equal(
            [new("agreed", "Agreed", false, false), new("later", "Later", false, true), new("refused", "Refused", true, false)],
            offered.Results);
        Assert.Equal(["done", "failed"], Assert.Single(listed, t => t.Id == wash).Results.Select(r => r.Code));
    }

    [Fact]
    public async Task A_task_of_an_offered_type_times_out_after_the_type_s_reaction_time_and_its_postponing_result_asks_for_a_moment()
    {
        var typeId = Guid.NewGuid();
        await OfferAsync(new TaskTypesOfferedIntegrationEvent("garage", [new(typeId, $"Call back {typeId:N}", OfferedTaskType.CallKind, "phone", "#1e88e5",
            [new("reached", "Reached"), new("later", "Later", AsksForMoment: true)], TimeSpan.FromMinutes(20))]));

        var created = await (await Admin.PostJsonAsync("/api/tasking/tasks", new
        {
            typeId, title = "Call the client back", addressee = new { kind = AddresseeKind.Employee, id = app.AdministratorId },
        })).ReadAsync<TaskDto>(HttpStatusCode.Created);

        Assert.Equal(TimeSpan.FromMinutes(20), created.ReactionTime);
        Assert.Equal(app.Clock.GetUtcNow().AddMinutes(20), created.TimeoutAt);
        Assert.Equal("task.moment-required",
            (await (await Admin.PostJsonAsync($"/api/tasking/tasks/{created.Id}/complete", new { result = "later" })).ProblemAsync(HttpStatusCode.UnprocessableEntity)).Code());
    }

    /// <summary>Delivers the offer the way the outbox dispatcher does (each call is one node's delivery).</summary>
    private async Task OfferAsync(TaskTypesOfferedIntegrationEvent offer)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(IntegrationEventNotification.Wrap(offer));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class OfferedTaskTypeApiSqliteTests(SqliteApi app) : OfferedTaskTypeApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class OfferedTaskTypeApiPostgresTests(PostgresApi app) : OfferedTaskTypeApiTests(app), IClassFixture<PostgresApi>;
