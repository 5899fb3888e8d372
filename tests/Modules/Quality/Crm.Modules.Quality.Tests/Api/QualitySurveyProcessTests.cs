using System.Net;
using Crm.Modules.Quality.Application.Complaints;
using Crm.Modules.Quality.Application.Processes;
using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Application.Surveys;
using Crm.Modules.Quality.Application.Surveys.Rules;
using Crm.Modules.Quality.Application.Surveys.Templates;
using Crm.Modules.Quality.Domain.Surveys;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>
/// Surveys after service end to end, through HTTP on the test clock: a closed work order schedules a survey by the
/// rule (every client, 3 days later, at most once in 30 days per client); when it falls due the "Quality survey" task
/// is in the quality-control employee's inbox; filling the survey (answers checked against the template) closes the
/// task by itself; a client surveyed recently gets none; an unreachable client is called again within 3 days; a postponed one at the moment named.
/// </summary>
public abstract class QualitySurveyProcessTests(ApiFixture app)
{
    private const string SurveyTask = "Perform a quality survey";

    [Fact]
    public async Task A_closed_work_order_brings_the_survey_task_days_later_and_filling_the_survey_closes_it()
    {
        var (template, rule) = await SetUpAsync();
        var quality = await app.QualityEmployeeAsync("Quinn Quality");
        var client = Guid.NewGuid();
        var car = await app.NewVehicleAsync(client);
        var closedAt = app.Clock.GetUtcNow().UtcDateTime;
        var order = await app.ClosedWorkOrderAsync(car);

        var survey = await app.SurveyAboutAsync(order);
        Assert.Equal((client, SurveySubject.WorkOrder, SurveyStatus.Scheduled, closedAt.AddDays(3)), (survey.ClientId, survey.SubjectType, survey.Status, survey.DueAt));
        Assert.Equal([app.AdministratorId], survey.ServedBy); // the work order's master consultant
        Assert.Equal(0, await app.OpenDueSurveysAsync()); // not due yet

        app.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(1, await app.OpenDueSurveysAsync());
        var task = await quality.InboxTaskAsync(survey.Id, SurveyTask);
        Assert.Equal(closedAt.AddDays(3), task.GetProperty("dueAt").GetDateTimeOffset().UtcDateTime);

        var seen = (await (await app.Administrator.GetAsync($"{SurveyApi.Rules}/{rule.Id}")).ReadAsync<SurveyRuleDto>()).Seen; // the class's tests share the rule
        var again = await app.ClosedWorkOrderAsync(car); // the same client back within 30 days
        await app.RuleSeenAsync(rule.Id, seen + 1);
        Assert.Single(await app.SurveysAsync($"clientId={client}"));
        Assert.Empty(await app.SurveysAsync($"subjectId={again}"));

        var offScale = await FillAsync(survey.Id, ("overall", 7, null, null));
        Assert.NotEmpty((await offScale.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("answers[0].score"));
        var notOffered = await FillAsync(survey.Id, ("overall", 2, null, null), ("on-time", null, false, null), ("price", null, null, "Cheap"), ("recommend", 6, null, null));
        Assert.NotEmpty((await notOffered.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("answers[2].choice"));

        var filled = await (await FillAsync(survey.Id, ("overall", 2, null, null), ("on-time", null, false, null), ("price", null, null, "As estimated"), ("recommend", 6, null, null)))
            .ReadAsync<SurveyDto>();
        Assert.Equal((SurveyStatus.Completed, (int?)1, true, (decimal?)5.0m, (int?)6), (filled.Status, filled.TemplateVersion, filled.Dissatisfied, filled.Score, filled.Recommend));
        Assert.Equal(["Service quality", "Car not ready on time"], filled.Reasons); // (2 of 5 = 4 + 6) / 2 = 5.0
        var closed = await app.TaskCardAsync(task, t => t.GetProperty("status").GetString() == "Done", "the survey task done");
        Assert.Equal(("survey-filled", true), (closed.GetProperty("result").GetProperty("code").GetString(), closed.GetProperty("result").GetProperty("closedByItself").GetBoolean()));
        Assert.Equal("survey.closed", (await (await FillAsync(survey.Id, ("overall", 5, null, null))).ProblemAsync(HttpStatusCode.Conflict)).Code());

        (await app.Administrator.SendAsync(HttpMethod.Put, $"{SurveyApi.Templates}/{template.Id}", SurveyApi.AfterService("After service, shorter"))).EnsureSuccessStatusCode();
        var kept = await (await app.Administrator.GetAsync($"{SurveyApi.Surveys}/{survey.Id}")).ReadAsync<SurveyDto>();
        Assert.Equal((int?)1, kept.TemplateVersion); // filled with version 1, read with it after the template moved on
    }

    [Fact]
    public async Task An_unreachable_client_is_called_again_within_3_days_and_a_refusal_is_recorded()
    {
        await SetUpAsync();
        var quality = await app.QualityEmployeeAsync("Ulla Unreachable");
        var order = await app.ClosedWorkOrderAsync(await app.NewVehicleAsync(Guid.NewGuid()));
        var survey = await app.SurveyAboutAsync(order);
        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.OpenDueSurveysAsync();

        await quality.AnswerAsync(await quality.InboxTaskAsync(survey.Id, SurveyTask), new { result = SurveyTaskTypes.Unreachable });
        var retry = await quality.InboxTaskAsync(survey.Id, "Client unreachable: call within 3 days");
        Assert.Equal(app.Clock.GetUtcNow().AddDays(3), retry.GetProperty("dueAt").GetDateTimeOffset());

        var refused = await (await app.Administrator.PostJsonAsync($"{SurveyApi.Surveys}/{survey.Id}/outcome", new { outcome = "Refused" })).ReadAsync<SurveyDto>();
        Assert.Equal((SurveyStatus.Refused, (Guid?)app.AdministratorId), (refused.Status, refused.FilledBy));
        var closed = await app.TaskCardAsync(retry, t => t.GetProperty("status").GetString() == "Done", "the retry task done");
        Assert.Equal("client-refused", closed.GetProperty("result").GetProperty("code").GetString());
    }

    [Fact]
    public async Task A_postponed_survey_asks_again_at_the_moment_the_client_named()
    {
        await SetUpAsync();
        var quality = await app.QualityEmployeeAsync("Pavel Postpone");
        var survey = await app.SurveyAboutAsync(await app.ClosedWorkOrderAsync(await app.NewVehicleAsync(Guid.NewGuid())));
        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.OpenDueSurveysAsync();

        var moment = app.Clock.GetUtcNow().AddDays(2).AddHours(5);
        await quality.AnswerAsync(await quality.InboxTaskAsync(survey.Id, SurveyTask), new { result = SurveyTaskTypes.Postponed, moment });
        var later = await quality.InboxTaskAsync(survey.Id, "Survey postponed: call the client");
        Assert.Equal(moment, later.GetProperty("dueAt").GetDateTimeOffset());
    }

    /// <summary>The template and the rule every test of the class shares (the rule surveys every client's closed work order).</summary>
    [Fact]
    public async Task A_dissatisfied_survey_registers_a_complaint_for_the_employee_who_served_who_is_asked_to_process_it()
    {
        await SetUpAsync();
        var client = Guid.NewGuid();
        var order = await app.ClosedWorkOrderAsync(await app.NewVehicleAsync(client)); // the administrator is its master consultant
        var survey = await app.SurveyAboutAsync(order);
        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.OpenDueSurveysAsync();

        (await FillAsync(survey.Id, ("overall", 1, null, null), ("on-time", null, true, null), ("price", null, null, "As estimated"), ("recommend", 3, null, null)))
            .EnsureSuccessStatusCode();

        var listed = (await Eventually.HoldsAsync(
            async () => (await (await app.Administrator.GetAsync($"{QualityApi.Complaints}?employeeId={app.AdministratorId}&limit=200"))
                .ReadAsync<Crm.BuildingBlocks.Application.Specifications.KeysetPage<ComplaintSummaryDto>>()).Items.Where(c => c.Subject.Id == order).ToList(),
            found => found.Count == 1, $"a complaint about work order {order}"))[0];
        var complaint = await (await app.Administrator.GetAsync($"{QualityApi.Complaints}/{listed.Id}")).ReadAsync<ComplaintDto>();
        Assert.Equal((client, "work-order", "survey", ComplaintState.Registered), (complaint.ClientId, complaint.Subject.Type, complaint.Origin.Kind, complaint.State));
        Assert.Contains("Service quality", complaint.Gist);
        var task = await app.Administrator.TaskAsync(QualityFacts.Complaint, complaint.Id, "Process the client's complaint");
        Assert.Equal(app.AdministratorId, task.GetProperty("addressee").GetProperty("id").GetGuid());
    }

    private Task<(SurveyTemplateDto Template, SurveyRuleDto Rule)> SetUpAsync() =>
        app.SharedAsync("after-service-rule", async a =>
        {
            var template = await a.NewTemplateAsync();
            return Tuple.Create(template, await a.NewRuleAsync(template.Id, delayDays: 3, minDaysBetween: 30));
        }).ContinueWith(t => (t.Result.Item1, t.Result.Item2), TaskScheduler.Default);

    private Task<HttpResponseMessage> FillAsync(Guid survey, params (string Code, int? Score, bool? Yes, string? Choice)[] answers) =>
        app.Administrator.PostJsonAsync($"{SurveyApi.Surveys}/{survey}/answers", new { answers = answers.Select(a => new { code = a.Code, score = a.Score, yes = a.Yes, choice = a.Choice }) });
}

[Trait("Provider", "Sqlite")]
public sealed class QualitySurveyProcessSqliteTests(SqliteApi app) : QualitySurveyProcessTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class QualitySurveyProcessPostgresTests(PostgresApi app) : QualitySurveyProcessTests(app), IClassFixture<PostgresApi>;
