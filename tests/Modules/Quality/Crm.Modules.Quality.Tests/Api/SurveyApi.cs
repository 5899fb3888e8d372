using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Crm.Modules.Quality.Application.Processes;
using Crm.Modules.Quality.Application.Surveys;
using Crm.Modules.Quality.Application.Surveys.Rules;
using Crm.Modules.Quality.Application.Surveys.Templates;
using Crm.Modules.Quality.Infrastructure.Surveys;
using Crm.Modules.ServiceStation.Infrastructure.Persistence;
using Crm.Modules.Tasking.Domain.Staff;
using Crm.Modules.Tasking.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>
/// What the survey tests do through HTTP as people would: templates and rules, the station's work orders, the quality
/// employee's inbox. Put in behind the API, as the other modules' tests do: the quality-control position under the
/// fixed id the shipped process names (Tasking's demo data, which tests do not load), the wait for the station's copy
/// of the administrator (no endpoint lists it) and the due-survey job run on the test clock.
/// </summary>
internal static class SurveyApi
{
    public const string Templates = "/api/quality/survey-templates";
    public const string Rules = "/api/quality/survey-rules";
    public const string Surveys = "/api/quality/surveys";
    private const string Station = "/api/service-station";
    private static int _serial = 300_000;

    /// <summary>An after-service template: overall (1–5, ≤ 3 dissatisfied), on time (no), price (choice), recommend (0–10), comment.</summary>
    public static object AfterService(string name = "After service") => new
    {
        name,
        questions = new object[]
        {
            new { code = "overall", text = "How satisfied are you overall?", kind = "Scale5", dissatisfiedAtMost = 3, reason = "Service quality" },
            new { code = "on-time", text = "Was the car ready on time?", kind = "YesNo", dissatisfiedAnswer = false, reason = "Car not ready on time" },
            new
            {
                code = "price", text = "How did you find the price?", kind = "Choice", options = new[] { "As estimated", "Higher" },
                dissatisfiedOptions = new[] { "Higher" }, reason = "Price above the estimate",
            },
            new { code = "recommend", text = "Would you recommend us (0–10)?", kind = "Scale10", recommend = true },
            new { code = "comment", text = "Anything else?", kind = "Text" },
        },
    };

    public static async Task<SurveyTemplateDto> NewTemplateAsync(this ApiFixture app, object? body = null) =>
        await (await app.Administrator.PostJsonAsync(Templates, body ?? AfterService())).ReadAsync<SurveyTemplateDto>(HttpStatusCode.Created);

    public static async Task<SurveyRuleDto> NewRuleAsync(this ApiFixture app, Guid templateId, int delayDays, int oneIn = 1, int minDaysBetween = 30) =>
        await (await app.Administrator.PostJsonAsync(Rules, new { templateId, trigger = "WorkOrderClosed", delayDays, oneIn, minDaysBetween }))
            .ReadAsync<SurveyRuleDto>(HttpStatusCode.Created);

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, object body, int? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = JsonContent.Create(body, options: Json.Options) };
        if (ifMatch is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        return client.SendAsync(request);
    }

    /// <summary>A new car of a new client (or of <paramref name="ownerClientId"/>); the station must know the administrator first (the master consultant).</summary>
    public static async Task<Guid> NewVehicleAsync(this ApiFixture app, Guid ownerClientId)
    {
        await app.SharedAsync("station-knows-the-administrator", async a =>
        {
            await Eventually.HoldsAsync(
                async () =>
                {
                    await using var scope = a.Factory.Services.CreateAsyncScope();
                    return await scope.ServiceProvider.GetRequiredService<ServiceStationDbContext>().Staff.AsNoTracking().AnyAsync(e => e.Id == a.AdministratorId);
                },
                known => known, "the station's copy of the administrator");
            return new object();
        });
        var vin = $"WVWZZZ1JZ{Interlocked.Increment(ref _serial):D8}";
        var created = await app.Administrator.PostJsonAsync($"{Station}/vehicles", new { vin, plate = "aa 123 bb", make = "Volkswagen", model = "Golf", year = 2019, ownerClientId });
        return (await created.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>A work order opened for the car and closed at once (the car leaves): its id.</summary>
    public static async Task<Guid> ClosedWorkOrderAsync(this ApiFixture app, Guid vehicleId)
    {
        var order = (await (await app.Administrator.PostJsonAsync($"{Station}/work-orders", new { vehicleId, mileageKm = 50_000 + Interlocked.Increment(ref _serial) }))
            .ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await app.Administrator.PostJsonAsync($"{Station}/work-orders/{order}/close", new { done = Array.Empty<Guid>() })).EnsureSuccessStatusCode();
        return order;
    }

    public static async Task<IReadOnlyList<SurveyDto>> SurveysAsync(this ApiFixture app, string query) =>
        (await (await app.Administrator.GetAsync($"{Surveys}?{query}")).ReadAsync<Crm.BuildingBlocks.Application.Specifications.KeysetPage<SurveyDto>>()).Items;

    /// <summary>The survey scheduled about the work order or sale, once Quality heard of it.</summary>
    public static async Task<SurveyDto> SurveyAboutAsync(this ApiFixture app, Guid subjectId) =>
        (await Eventually.HoldsAsync(async () => await app.SurveysAsync($"subjectId={subjectId}"), s => s.Count == 1, $"a survey about {subjectId}"))[0];

    /// <summary>The rule once it has counted <paramref name="seen"/> events: every one before was handled.</summary>
    public static Task<SurveyRuleDto> RuleSeenAsync(this ApiFixture app, Guid ruleId, long seen) =>
        Eventually.HoldsAsync(async () => await (await app.Administrator.GetAsync($"{Rules}/{ruleId}")).ReadAsync<SurveyRuleDto>(), r => r.Seen == seen, $"rule {ruleId} counted {seen}");

    public static Task<int> OpenDueSurveysAsync(this ApiFixture app) => app.Factory.Services.GetRequiredService<SurveyDueJob>().RunOnceAsync(CancellationToken.None);

    /// <summary>A new employee in no position, hired through the API and signed in, and their id.</summary>
    public static async Task<(HttpClient Client, Guid Id)> EmployeeAsync(this ApiFixture app, string name)
    {
        var hired = await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = "UTC", positionIds = Array.Empty<Guid>() });
        var id = (await hired.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        return (app.Factory.ClientFor(id, name), id);
    }

    /// <summary>A new quality-control employee (the position the "Quality survey" process addresses), hired through the API and signed in.</summary>
    public static async Task<HttpClient> QualityEmployeeAsync(this ApiFixture app, string name)
    {
        await app.SharedAsync("quality-control-position", async a =>
        {
            await using var scope = a.Factory.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TaskingDbContext>();
            var id = new PositionId(SurveyProcessTemplates.QualityControl);
            if (!await db.Positions.AnyAsync(p => p.Id == id))
            {
                db.Positions.Add(Position.Create(id, "Quality control"));
                await db.SaveChangesAsync();
            }

            return new object();
        });
        var hired = await app.Administrator.PostJsonAsync("/api/tasking/employees", new { name, timeZone = "UTC", positionIds = new[] { SurveyProcessTemplates.QualityControl } });
        return app.Factory.ClientFor((await hired.ReadAsync<JsonElement>(HttpStatusCode.Created)).GetProperty("id").GetGuid(), name, "UTC");
    }

    /// <summary>The task titled <paramref name="title"/> about the survey in the employee's inbox.</summary>
    public static Task<JsonElement> InboxTaskAsync(this HttpClient employee, Guid survey, string title) =>
        Eventually.HoldsAsync(
            async () => (await (await employee.GetAsync("/api/tasking/inbox?limit=200")).ReadAsync<JsonElement>()).GetProperty("items").EnumerateArray()
                .FirstOrDefault(t => t.GetProperty("title").GetString() == title && t.GetProperty("subject").GetProperty("id").GetString() == survey.ToString()),
            t => t.ValueKind == JsonValueKind.Object, $"'{title}' about survey {survey} in the inbox");

    public static Task<JsonElement> TaskCardAsync(this ApiFixture app, JsonElement task, Func<JsonElement, bool> until, string what) =>
        Eventually.HoldsAsync(async () => await (await app.Administrator.GetAsync($"/api/tasking/tasks/{task.GetProperty("id").GetGuid()}")).ReadAsync<JsonElement>(), until, what);

    public static async Task AnswerAsync(this HttpClient employee, JsonElement task, object answer)
    {
        var id = task.GetProperty("id").GetGuid();
        (await employee.PostAsync($"/api/tasking/tasks/{id}/take", null)).EnsureSuccessStatusCode();
        var response = await employee.PostJsonAsync($"/api/tasking/tasks/{id}/complete", answer);
        Xunit.Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
