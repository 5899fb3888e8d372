using System.Net;
using Crm.Modules.Quality.Application.Surveys.Templates;
using Crm.Modules.Quality.Domain.Surveys;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>
/// Survey templates through HTTP: written with what counts as dissatisfaction; malformed questions are a 400 naming the
/// field; a change is a new version (with If-Match; a stale one is 409) and the old version stays readable.
/// </summary>
public abstract class SurveyTemplateApiTests(ApiFixture app)
{
    [Fact]
    public async Task A_template_is_written_and_a_change_makes_a_new_version_the_old_one_kept()
    {
        var created = await app.NewTemplateAsync(SurveyApi.AfterService("After service (v1)"));
        Assert.Equal(1, created.CurrentVersion);
        Assert.Equal([1], created.Versions);
        var overall = created.Questions[0];
        Assert.Equal((QuestionKind.Scale5, (int?)3, "Service quality"), (overall.Kind, overall.DissatisfiedAtMost, overall.Reason));
        Assert.True(created.Questions.Single(q => q.Code == "recommend").Recommend);

        var stale = await app.Administrator.SendAsync(HttpMethod.Put, $"{SurveyApi.Templates}/{created.Id}", SurveyApi.AfterService("After service (v2)"), created.Version + 1);
        Assert.Equal("concurrency.stale", (await stale.ProblemAsync(HttpStatusCode.Conflict)).Code());
        var changed = await (await app.Administrator.SendAsync(HttpMethod.Put, $"{SurveyApi.Templates}/{created.Id}", SurveyApi.AfterService("After service (v2)"), created.Version))
            .ReadAsync<SurveyTemplateDto>();
        Assert.Equal((2, "After service (v2)"), (changed.CurrentVersion, changed.Name));
        Assert.Equal([1, 2], changed.Versions);
        Assert.True(changed.Version > created.Version);

        var same = await (await app.Administrator.SendAsync(HttpMethod.Put, $"{SurveyApi.Templates}/{created.Id}", SurveyApi.AfterService("After service (v2)"))).ReadAsync<SurveyTemplateDto>();
        Assert.Equal(2, same.CurrentVersion); // nothing differs: no new version

        var first = await (await app.Administrator.GetAsync($"{SurveyApi.Templates}/{created.Id}/versions/1")).ReadAsync<SurveyTemplateVersionDto>();
        Assert.Equal(("After service (v1)", 5), (first.Name, first.Questions.Count));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Administrator.GetAsync($"{SurveyApi.Templates}/{created.Id}/versions/3")).StatusCode);
    }

    [Fact]
    public async Task Malformed_questions_are_refused_naming_the_field()
    {
        async Task<string[]> RefusedAsync(object question, string field) =>
            (await (await app.Administrator.PostJsonAsync(SurveyApi.Templates, new { name = "Bad", questions = new[] { question } }))
                .ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors(field);

        Assert.NotEmpty(await RefusedAsync(new { code = "q", text = "Score?", kind = "Scale5", dissatisfiedAtMost = 5, reason = "r" }, "questions[0].dissatisfiedAtMost"));
        Assert.NotEmpty(await RefusedAsync(new { code = "q", text = "Pick", kind = "Choice", options = new[] { "a", "b" }, dissatisfiedOptions = new[] { "c" }, reason = "r" },
            "questions[0].dissatisfiedOptions"));
        Assert.NotEmpty(await RefusedAsync(new { code = "q", text = "Pick", kind = "Choice", options = new[] { "a" } }, "questions[0].options"));
        Assert.NotEmpty(await RefusedAsync(new { code = "q", text = "Back?", kind = "YesNo", dissatisfiedAnswer = false }, "questions[0].reason"));
        Assert.NotEmpty(await RefusedAsync(new { code = "q", text = "Recommend?", kind = "Scale5", recommend = true }, "questions[0].recommend"));
        Assert.NotEmpty(await RefusedAsync(new { code = "", text = "Score?", kind = "Scale5" }, "questions[0].code"));
        var noQuestions = await app.Administrator.PostJsonAsync(SurveyApi.Templates, new { name = "Empty", questions = Array.Empty<object>() });
        Assert.NotEmpty((await noQuestions.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("questions"));
    }

    [Fact]
    public async Task Only_the_administrator_writes_templates()
    {
        var (employee, _) = await app.EmployeeAsync("Petra Plain");
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.PostJsonAsync(SurveyApi.Templates, SurveyApi.AfterService())).StatusCode);
        var template = await app.NewTemplateAsync();
        Assert.Equal(HttpStatusCode.OK, (await employee.GetAsync($"{SurveyApi.Templates}/{template.Id}")).StatusCode); // anybody reads them
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SurveyTemplateApiSqliteTests(SqliteApi app) : SurveyTemplateApiTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class SurveyTemplateApiPostgresTests(PostgresApi app) : SurveyTemplateApiTests(app), IClassFixture<PostgresApi>;
