using System.Net;
using Crm.Modules.Quality.Application.Surveys.Figures;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>
/// Figures per employee through HTTP: three surveys of work orders the administrator served (master consultant), filled
/// with scores 2, 4 and 5 of 5 and recommendations 10, 8 and 3 — three surveys scoring 7, 8 and 6.5 (every scale answer
/// out of 10, averaged), average 7.17, one in three dissatisfied, NPS (1 − 1) / 3 = 0 — and a period without them is empty.
/// </summary>
public abstract class SurveyFiguresTests(ApiFixture app)
{
    [Fact]
    public async Task The_figures_per_employee_count_the_surveys_filled_in_the_period()
    {
        var template = await app.NewTemplateAsync();
        await app.NewRuleAsync(template.Id, delayDays: 0, minDaysBetween: 0);
        var from = app.Clock.GetUtcNow();
        foreach (var (overall, recommend) in new[] { (2, 10), (4, 8), (5, 3) })
        {
            var survey = await app.SurveyAboutAsync(await app.ClosedWorkOrderAsync(await app.NewVehicleAsync(Guid.NewGuid())));
            var answers = new object[]
            {
                new { code = "overall", score = overall }, new { code = "on-time", yes = true }, new { code = "price", choice = "As estimated" },
                new { code = "recommend", score = recommend },
            };
            (await app.Administrator.PostJsonAsync($"{SurveyApi.Surveys}/{survey.Id}/answers", new { answers })).EnsureSuccessStatusCode();
        }

        var to = app.Clock.GetUtcNow().AddMinutes(1);
        var figures = await (await app.Administrator.GetAsync($"/api/quality/figures/surveys?from={Iso(from)}&to={Iso(to)}")).ReadAsync<SurveyFiguresDto>();
        var mine = Assert.Single(figures.Employees);
        Assert.Equal((app.AdministratorId, 3, (decimal?)7.17m, 0.3333m, (decimal?)0m), (mine.EmployeeId, mine.Surveys, mine.AverageScore, mine.DissatisfiedShare, mine.Nps));
        Assert.Equal((1, 1, 1), (mine.Promoters, mine.Passives, mine.Detractors));
        Assert.Empty(figures.Positions); // the administrator holds no position
        var (someone, _) = await app.EmployeeAsync("Nosy Colleague");
        Assert.Equal("quality.supervisor-only", (await (await someone.GetAsync($"/api/quality/figures/surveys?from={Iso(from)}&to={Iso(to)}")).ProblemAsync(HttpStatusCode.Forbidden)).Code());

        var before = await (await app.Administrator.GetAsync($"/api/quality/figures/surveys?from={Iso(from.AddDays(-2))}&to={Iso(from.AddDays(-1))}")).ReadAsync<SurveyFiguresDto>();
        Assert.Empty(before.Employees);
        var backwards = await app.Administrator.GetAsync($"/api/quality/figures/surveys?from={Iso(to)}&to={Iso(from)}");
        Assert.NotEmpty((await backwards.ProblemAsync(HttpStatusCode.BadRequest)).FieldErrors("to"));
    }

    private static string Iso(DateTimeOffset moment) => Uri.EscapeDataString(moment.ToString("O"));
}

[Trait("Provider", "Sqlite")]
public sealed class SurveyFiguresSqliteTests(SqliteApi app) : SurveyFiguresTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class SurveyFiguresPostgresTests(PostgresApi app) : SurveyFiguresTests(app), IClassFixture<PostgresApi>;
