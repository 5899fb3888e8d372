using Crm.BuildingBlocks.Domain;
using Crm.Modules.Quality.Domain.Surveys;
using Xunit;

namespace Crm.Modules.Quality.Tests.Domain;

/// <summary>The survey's business rules on their own: well-formed questions, answers against a version, the count of a rule, the results of a filled survey.</summary>
public sealed class SurveyRulesTests
{
    private static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    private static SurveyQuestion Scale(string code, QuestionKind kind = QuestionKind.Scale5, int? atMost = 3, string? reason = "Service", bool recommend = false) =>
        new(code, "Score?", kind, [], atMost, null, [], reason, recommend);

    private static SurveyQuestion YesNo(string code) => new(code, "On time?", QuestionKind.YesNo, [], null, false, [], "Late", false);

    private static SurveyTemplate Template() => SurveyTemplate.Create(Guid.NewGuid(), "After service",
        [Scale("overall"), YesNo("on-time"), Scale("recommend", QuestionKind.Scale10, null, null, recommend: true), new("comment", "Else?", QuestionKind.Text, [], null, null, [], null, false)], Now);

    [Fact]
    public void Questions_name_the_field_at_fault()
    {
        Assert.Empty(SurveyQuestionRules.Problems([Scale("a"), YesNo("b")]));
        Assert.Equal("questions[1].code", Assert.Single(SurveyQuestionRules.Problems([Scale("a"), Scale("A")])).Field);
        Assert.Equal("questions[0].dissatisfiedAtMost", Assert.Single(SurveyQuestionRules.Problems([Scale("a", QuestionKind.Scale10, atMost: 10)])).Field);
        Assert.Equal("questions[0].reason", Assert.Single(SurveyQuestionRules.Problems([Scale("a", atMost: null)])).Field);
        Assert.Equal("questions", Assert.Single(SurveyQuestionRules.Problems(
            [Scale("a", QuestionKind.Scale10, null, null, true), Scale("b", QuestionKind.Scale10, null, null, true)])).Field);
    }

    [Fact]
    public void Answers_are_checked_against_the_version()
    {
        var version = Template().Current;
        Assert.Empty(SurveyAnswerRules.Problems(version, [new("overall", 4, null, null, null), new("on-time", null, true, null, null), new("recommend", 0, null, null, null)]));
        Assert.Equal(["answers[0].score", "answers[1].code", "answers"], SurveyAnswerRules.Problems(version,
            [new("overall", 0, null, null, null), new("nope", 1, null, null, null), new("on-time", null, true, null, null)]).Select(p => p.Field));
    }

    [Fact]
    public void A_filled_survey_keeps_its_version_and_works_out_dissatisfaction_score_and_recommendation()
    {
        var template = Template();
        var rule = SurveyRule.Create(Guid.NewGuid(), new SurveyRuleTerms(template.Id, SurveyTrigger.WorkOrderClosed, 3, 1, 30), true, Now);
        var survey = Survey.Schedule(Guid.NewGuid(), rule, Guid.NewGuid(), new SurveySubject(SurveySubject.WorkOrder, Guid.NewGuid()), [Guid.NewGuid()], Now, Now);
        Assert.Equal(Now.AddDays(3), survey.DueAtUtc);

        survey.Fill(template.Current, [new("overall", 3, null, null, null), new("on-time", null, true, null, null), new("recommend", 9, null, null, null)], Guid.NewGuid(), Now);
        Assert.Equal((true, 1, 7.5m, (int?)9), (survey.Dissatisfied, survey.TemplateVersion, survey.Score, survey.Recommend)); // (6 + 9) / 2
        Assert.Equal(["Service"], survey.Reasons);
        Assert.IsType<SurveyCompletedDomainEvent>(Assert.Single(survey.DomainEvents));
        Assert.Equal("survey.closed", Assert.Throws<BusinessRuleValidationException>(() => survey.Close(SurveyStatus.Refused, Guid.NewGuid(), Now)).BrokenRule.Code);

        template.Change("After service", [Scale("overall")], Now);
        Assert.Equal((2, 1), (template.CurrentVersion, survey.TemplateVersion));
    }

    [Fact]
    public void A_rule_for_one_in_three_counts_the_first_and_every_third_after()
    {
        var rule = SurveyRule.Create(Guid.NewGuid(), new SurveyRuleTerms(Guid.NewGuid(), SurveyTrigger.PartsSaleCompleted, 0, 3, 0), true, Now);
        Assert.Equal([true, false, false, true, false, false, true], Enumerable.Range(0, 7).Select(_ => rule.Count()));
    }
}
