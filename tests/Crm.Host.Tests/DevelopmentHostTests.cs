using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Tasking.Contracts;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>A new user's first minutes: start in Development, get a token from Swagger UI's endpoint, see real data.</summary>
[Trait("Provider", "Sqlite")]
public sealed class DevelopmentHostTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task In_development_a_dev_token_opens_a_seeded_inbox_and_tasks_can_be_worked()
    {
        await using var factory = new CrmApiFactory(_database, TimeProvider.System, environment: "Development", demoData: true);
        var client = factory.CreateClient();

        var token = await (await client.PostJsonAsync("/api/auth/dev-token", new { })).ReadAsync<JsonElement>();
        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());

        var me = await (await client.GetAsync("/api/tasking/me")).ReadAsync<JsonElement>();
        Assert.True(me.GetProperty("isAdministrator").GetBoolean());
        var tasks = await (await client.GetAsync("/api/tasking/tasks")).ReadAsync<JsonElement>();
        var first = tasks.GetProperty("items").EnumerateArray().First();
        Assert.True(tasks.GetProperty("items").GetArrayLength() >= 5);
        Assert.NotEmpty((await (await client.GetAsync("/api/tasking/task-types")).ReadAsync<JsonElement>()).EnumerateArray());
        Assert.True((await (await client.GetAsync("/api/tasking/employees")).ReadAsync<JsonElement>()).GetArrayLength() >= 4);

        var id = first.GetProperty("id").GetGuid();
        await (await client.PostAsync($"/api/tasking/tasks/{id}/take", null)).ReadAsync<JsonElement>();
        var resultCode = (await (await client.GetAsync("/api/tasking/task-types")).ReadAsync<JsonElement>()).EnumerateArray()
            .Single(t => t.GetProperty("id").GetGuid() == first.GetProperty("type").GetProperty("id").GetGuid())
            .GetProperty("results")[0].GetProperty("code").GetString();
        var done = await (await client.PostJsonAsync($"/api/tasking/tasks/{id}/complete", new { result = resultCode })).ReadAsync<JsonElement>();
        Assert.Equal("Done", done.GetProperty("status").GetString());

        // The demo tasks were created through the unit of work, so other modules heard of them.
        await factory.Events.WaitForAsync<TaskCreatedIntegrationEvent>(_ => true, count: 5);

        var forAnother = await (await client.PostJsonAsync("/api/auth/dev-token", new { employeeId = Guid.NewGuid() })).ProblemAsync(HttpStatusCode.NotFound);
        Assert.NotNull(forAnother.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Outside_development_the_dev_token_endpoint_does_not_exist()
    {
        await using var factory = new CrmApiFactory(_database, TimeProvider.System, environment: "Production");
        var response = await factory.CreateClient().PostJsonAsync("/api/auth/dev-token", new { });
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
