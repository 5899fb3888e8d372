using Crm.Modules.Quality.Domain.Surveys;
using Crm.Tests.Support;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>A rule for one client in two: of three closed work orders (three clients) the first and the third are surveyed, counted, not drawn.</summary>
public abstract class SurveyShareTests(ApiFixture app)
{
    [Fact]
    public async Task One_client_in_two_is_surveyed_counting_the_closed_work_orders()
    {
        var template = await app.NewTemplateAsync();
        var rule = await app.NewRuleAsync(template.Id, delayDays: 0, oneIn: 2, minDaysBetween: 0);
        var orders = new List<Guid>();
        foreach (var _ in Enumerable.Range(0, 3))
        {
            orders.Add(await app.ClosedWorkOrderAsync(await app.NewVehicleAsync(Guid.NewGuid())));
            await app.RuleSeenAsync(rule.Id, orders.Count); // in order: the count decides which is surveyed
        }

        Assert.Equal(SurveyStatus.Scheduled, (await app.SurveyAboutAsync(orders[0])).Status);
        Assert.Empty(await app.SurveysAsync($"subjectId={orders[1]}"));
        Assert.Equal(SurveyStatus.Scheduled, (await app.SurveyAboutAsync(orders[2])).Status);
        Assert.Equal(2, await app.OpenDueSurveysAsync()); // due at once (0 days): opened on the job's next run
    }
}

[Trait("Provider", "Sqlite")]
public sealed class SurveyShareSqliteTests(SqliteApi app) : SurveyShareTests(app), IClassFixture<SqliteApi>;

[Trait("Provider", "Postgres")]
public sealed class SurveySharePostgresTests(PostgresApi app) : SurveyShareTests(app), IClassFixture<PostgresApi>;
