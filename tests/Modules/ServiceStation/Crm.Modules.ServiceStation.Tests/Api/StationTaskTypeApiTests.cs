using System.Net.Http.Json;
using Crm.BuildingBlocks.Application.Messaging;
using Crm.Modules.ServiceStation.Application.Processes;
using Crm.Modules.Tasking.Application.TaskTypes;
using Crm.Modules.Tasking.Domain.Tasks;
using Crm.Tests.Support;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.ServiceStation.Tests.Api;

/// <summary>The station's task types (ADR 0073): in Tasking's directory after start, once each, and the administrator's from then on.</summary>
public abstract class StationTaskTypeApiTests(ApiFixture app)
{
    private static readonly Guid[] StationIds = [.. StationTaskTypes.All.Select(t => t.Id)];

    [Fact]
    public async Task After_start_the_station_s_task_types_are_listed_with_their_results_once_each_and_a_rename_survives_a_later_offer()
    {
        var installed = await StationTypesAsync();

        Assert.Equal(
            ["Specify contact result", "Task postponed, specify contact result", "Process a missed call", "Continue negotiations", "Accept the client's car",
             "Task postponed, accept the client's car", "Estimate made, continue", "Invite to maintenance", "Invite by recommendations", "Select parts",
             "Make the sale, specify result"],
            installed.Select(t => t.Name));
        var contact = installed.Single(t => t.Id == StationTaskTypes.SpecifyContactResult);
        Assert.Equal(
            [new("client-booked", "Client booked", false, false), new("postponed", "Postpone", false, true), new("redirected", "Redirect", false, false),
             new("refused", "Refusal", true, false), new("awaiting-client-with-reserve", "Awaiting client, with reserve", false, false),
             new("awaiting-client-without-reserve", "Awaiting client, without reserve", false, false), new("sale-made", "Sale made", false, false)],
            contact.Results);
        Assert.Equal((TaskKind.Call, false), (contact.Kind, contact.AlertOnOpen));
        var missed = installed.Single(t => t.Id == StationTaskTypes.ProcessMissedCall);
        Assert.Equal((true, TimeSpan.FromMinutes(15)), (missed.AlertOnOpen, missed.ReactionTime));
        var car = installed.Single(t => t.Id == StationTaskTypes.AcceptClientsCar);
        Assert.Equal([new("client-arrived", "Client arrived", false, false), new("postponed", "Move the booking", false, true), new("no-arrival", "No arrival", true, false)], car.Results);

        (await app.Administrator.PutAsJsonAsync($"/api/tasking/task-types/{car.Id}", new { name = "Receive the car", icon = "garage", colour = "#000000", sortOrder = 7 }))
            .EnsureSuccessStatusCode();
        var again = StationTaskTypes.Offer();
        await Task.WhenAll(OfferAsync(again), OfferAsync(StationTaskTypes.Offer())); // a redelivery and a second node's start
        await OfferAsync(again);

        var after = await StationTypesAsync();
        Assert.Equal(StationIds.Length, after.Count);
        Assert.Equal(("Receive the car", "garage", 7), after.Single(t => t.Id == car.Id) is var renamed ? (renamed.Name, renamed.Icon, renamed.SortOrder) : default);
        Assert.DoesNotContain(after, t => t.Name == "Accept the client's car");
    }

    /// <summary>The station's types in the directory once the start-up offer has reached Tasking.</summary>
    private Task<List<TaskTypeDto>> StationTypesAsync() =>
        Eventually.HoldsAsync(
            async () => (await (await app.Administrator.GetAsync("/api/tasking/task-types")).ReadAsync<List<TaskTypeDto>>()).Where(t => StationIds.Contains(t.Id)).ToList(),
            types => types.Count >= StationIds.Length,
            "the station's task types");

    private async Task OfferAsync(Crm.Modules.Tasking.Contracts.TaskTypesOfferedIntegrationEvent offer)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMediator>().Publish(IntegrationEventNotification.Wrap(offer));
    }
}

[Trait("Provider", "Sqlite")]
public sealed class StationTaskTypeApiSqliteTests(SqliteApi app) : StationTaskTypeApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class StationTaskTypeApiPostgresTests(PostgresApi app) : StationTaskTypeApiTests(app), IClassFixture<PostgresApi>;
