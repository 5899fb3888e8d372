using Crm.BuildingBlocks.Infrastructure.Persistence;
using Crm.Modules.Quality.Domain.Surveys;
using Crm.Modules.Quality.Infrastructure.Persistence;
using Crm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Crm.Modules.Quality.Tests.Api;

/// <summary>In development the station has the "After service" survey and a rule that asks every client 3 days after a closed work order.</summary>
[Trait("Provider", "Sqlite")]
public sealed class SurveyDemoDataTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async ValueTask InitializeAsync() => _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

    public async ValueTask DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task The_demo_station_has_an_after_service_survey_and_its_rule()
    {
        await using var factory = new CrmApiFactory(_database, TimeProvider.System, environment: "Development", demoData: true);
        _ = factory.Server;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QualityDbContext>();

        var template = await db.SurveyTemplates.Include(t => t.Versions).SingleAsync();
        Assert.Equal(("After service", 7), (template.Current.Name, template.Current.Questions.Count));
        Assert.Single(template.Current.Questions, q => q.Recommend && q.Kind == QuestionKind.Scale10);
        Assert.Empty(SurveyQuestionRules.Problems(template.Current.Questions));
        var rule = await db.SurveyRules.SingleAsync();
        Assert.Equal((template.Id, SurveyTrigger.WorkOrderClosed, 3, 1, 30, true), (rule.TemplateId, rule.Trigger, rule.DelayDays, rule.OneIn, rule.MinDaysBetween, rule.IsActive));
    }
}
