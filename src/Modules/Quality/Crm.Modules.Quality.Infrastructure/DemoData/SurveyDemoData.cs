using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;
using Crm.Modules.Quality.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.Modules.Quality.Infrastructure.DemoData;

/// <summary>
/// Development only, on first start (skipped when any template exists): the after-service survey a quality-control
/// employee reads to the client on the phone (seed 004, "Perform a quality survey"), and a rule that asks every client
/// 3 days after a work order is closed, not more often than once in 30 days.
/// </summary>
internal static class SurveyDemoData
{
    public static readonly Guid AfterServiceTemplate = Guid.Parse("5e7a8400-0000-0000-0000-000000000001");

    private static readonly SurveyQuestion[] AfterService =
    [
        new("overall", "How satisfied are you with the service at our station overall?", QuestionKind.Scale5, [], 3, null, [], "Service quality", false),
        new("master", "How polite and clear was your master consultant?", QuestionKind.Scale5, [], 3, null, [], "Master consultant's attitude", false),
        new("on-time", "Was the car ready at the time you were promised?", QuestionKind.YesNo, [], null, false, [], "Car not ready on time", false),
        new("fixed", "Has the problem you came with been fixed?", QuestionKind.YesNo, [], null, false, [], "Repair quality", false),
        new("price", "How did you find the final price?", QuestionKind.Choice, ["As estimated", "Somewhat higher", "Much higher than estimated"], null, null,
            ["Much higher than estimated"], "Price above the estimate", false),
        new("recommend", "How likely are you to recommend our station to friends (0–10)?", QuestionKind.Scale10, [], null, null, [], null, true),
        new("comment", "Anything else you would like to tell us?", QuestionKind.Text, [], null, null, [], null, false),
    ];

    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<QualityDbContext>();
        if (await db.SurveyTemplates.AnyAsync(cancellationToken))
        {
            return;
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        db.SurveyTemplates.Add(SurveyTemplate.Create(AfterServiceTemplate, "After service", AfterService, now));
        db.SurveyRules.Add(SurveyRule.Create(Guid.NewGuid(), new SurveyRuleTerms(AfterServiceTemplate, SurveyTrigger.WorkOrderClosed, 3, 1, 30), true, now));
        using var unitOfWork = services.GetRequiredService<IUnitOfWorkLocator>().For(typeof(SurveyTemplate)).Begin();
        await unitOfWork.CommitAsync(cancellationToken);
    }
}
