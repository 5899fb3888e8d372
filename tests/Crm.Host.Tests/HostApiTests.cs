using System.Net;
using System.Text.Json;
using Crm.BuildingBlocks.Application.Security;
using Crm.BuildingBlocks.Infrastructure.Outbox;
using Crm.Modules.Tasking.Contracts;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Host.Tests;

/// <summary>What every client of the host meets, whatever the module: health, the API's description, errors, tracing.</summary>
public abstract class HostApiTests(ApiFixture app)
{
    private HttpClient Anonymous => app.Factory.CreateClient();

    [Fact]
    public async Task Health_says_live_and_ready_once_every_module_is_migrated()
    {
        Assert.Equal("Healthy", (await (await Anonymous.GetAsync("/health/live")).ReadAsync<JsonElement>()).GetProperty("status").GetString());
        var ready = await (await Anonymous.GetAsync("/health/ready")).ReadAsync<JsonElement>();
        Assert.Equal("Healthy", ready.GetProperty("status").GetString());
        Assert.Empty(ready.GetProperty("problems").EnumerateArray());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_with_its_problems_and_the_bearer_scheme()
    {
        var document = await (await Anonymous.GetAsync("/openapi/v1.json")).ReadAsync<JsonElement>();
        var paths = document.GetProperty("paths");

        var take = paths.GetProperty("/api/tasking/tasks/{id}/take").GetProperty("post");
        var responses = take.GetProperty("responses");
        foreach (var status in new[] { "200", "400", "401", "403", "404", "409", "422" })
        {
            Assert.True(responses.TryGetProperty(status, out _), $"take documents no {status}");
        }

        Assert.True(paths.GetProperty("/api/tasking/tasks").GetProperty("post").TryGetProperty("requestBody", out _));
        Assert.True(paths.GetProperty("/api/tasking/tasks").GetProperty("get").TryGetProperty("parameters", out _));
        Assert.Equal("bearer", document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer").GetProperty("scheme").GetString());
        Assert.False(paths.TryGetProperty("/api/auth/dev-token", out _)); // Development only
        Assert.All(paths.EnumerateObject(), path => Assert.All(path.Value.EnumerateObject(), operation =>
            Assert.True(operation.Value.TryGetProperty("summary", out _), $"{operation.Name} {path.Name} has no summary")));

        var swagger = await Anonymous.GetAsync("/swagger/index.html");
        Assert.Equal(HttpStatusCode.OK, swagger.StatusCode);
    }

    [Fact]
    public async Task Routing_and_authentication_errors_are_problem_details_too()
    {
        await (await Anonymous.GetAsync("/api/tasking/tasks")).ProblemAsync(HttpStatusCode.Unauthorized);
        await (await app.Administrator.GetAsync("/api/no-such-module/things")).ProblemAsync(HttpStatusCode.NotFound);
        await (await app.Administrator.DeleteAsync("/api/tasking/tasks")).ProblemAsync(HttpStatusCode.MethodNotAllowed);

        var expired = app.Factory.CreateClient();
        expired.DefaultRequestHeaders.Authorization = new("Bearer", "not.a.token");
        await (await expired.GetAsync("/api/tasking/me")).ProblemAsync(HttpStatusCode.Unauthorized);

        // The administrator's own claims, but signed with another key or out of date: the bearer handler refuses both.
        var administrator = new EmployeeIdentity(app.AdministratorId, "Main Administrator", "UTC");
        foreach (var (key, expires) in new[] { ("another-key-" + CrmApiFactory.SigningKey, DateTime.UtcNow.AddHours(1)), (CrmApiFactory.SigningKey, DateTime.UtcNow.AddMinutes(-5)) })
        {
            var refused = app.Factory.CreateClient();
            refused.DefaultRequestHeaders.Authorization = new("Bearer", CrmApiFactory.TokenFor(administrator, expires, key));
            await (await refused.GetAsync("/api/tasking/me")).ProblemAsync(HttpStatusCode.Unauthorized);
        }
    }

    [Fact]
    public async Task A_correlation_id_is_returned_and_a_sane_one_from_the_client_is_kept()
    {
        var generated = await Anonymous.GetAsync("/health/live");
        Assert.Matches("^[0-9a-f]{32}$", generated.Headers.GetValues("X-Correlation-Id").Single());

        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/tasking/tasks/" + Guid.NewGuid());
        request.Headers.Add("X-Correlation-Id", "call-centre-42");
        var response = await app.Administrator.SendAsync(request);
        Assert.Equal("call-centre-42", response.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Equal("call-centre-42", (await response.ProblemAsync(HttpStatusCode.NotFound)).GetProperty("correlationId").GetString());

        using var hostile = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        hostile.Headers.Add("X-Correlation-Id", "<script>");
        Assert.NotEqual("<script>", (await Anonymous.SendAsync(hostile)).Headers.GetValues("X-Correlation-Id").Single());
    }

    [Fact]
    public async Task Failed_events_are_kept_visible_to_the_administrator_and_can_be_delivered_again()
    {
        var lost = new TaskCommentedIntegrationEvent(Guid.NewGuid(), null, app.AdministratorId, "Delivered at last");
        var id = await KeepAsFailedAsync(lost);

        var failed = await (await app.Administrator.GetAsync("/api/system/outbox/failed")).ReadAsync<List<FailedEvent>>();
        var shown = Assert.Single(failed, f => f.Id == id);
        Assert.Equal(("tasking", 1, "Receiver was down"), (shown.Module, shown.Attempts, shown.LastError));

        var operatorId = (await (await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name = "Olga", timeZone = "Europe/Riga" }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await app.Factory.ClientFor(operatorId).GetAsync("/api/system/outbox/failed")).ProblemAsync(HttpStatusCode.Forbidden);
        await (await app.Administrator.PostAsync($"/api/system/outbox/tasking/{Guid.NewGuid()}/retry", null)).ProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(HttpStatusCode.NoContent, (await app.Administrator.PostAsync($"/api/system/outbox/tasking/{id}/retry", null)).StatusCode);
        await app.Factory.Events.WaitForAsync<TaskCommentedIntegrationEvent>(e => e.EventId == lost.EventId);
        Assert.DoesNotContain(await (await app.Administrator.GetAsync("/api/system/outbox/failed")).ReadAsync<List<FailedEvent>>(), f => f.Id == id);
    }

    private async Task<Guid> KeepAsFailedAsync(TaskCommentedIntegrationEvent lost)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var message = new OutboxMessage(lost.EventId, $"{typeof(TaskCommentedIntegrationEvent).FullName}, {typeof(TaskCommentedIntegrationEvent).Assembly.GetName().Name}",
            JsonSerializer.Serialize(lost, JsonSerializerOptions.Web), now);
        message.MarkAttemptFailed("Receiver was down", now, new OutboxRetryPolicy { MaxAttempts = 1 });
        db.OutboxMessages.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }
}

[Trait("Provider", "Sqlite")]
public sealed class HostApiSqliteTests(SqliteApi app) : HostApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class HostApiPostgresTests(PostgresApi app) : HostApiTests(app), IClassFixture<PostgresApi>;
