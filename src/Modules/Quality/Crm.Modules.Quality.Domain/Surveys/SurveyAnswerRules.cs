namespace Crm.Modules.Quality.Domain.Surveys;

/// <summary>
/// Answers checked against the template's version: each names a question of it once; a scale's score is on the scale,
/// a yes/no is a yes or a no, a choice is one of the options offered, free text fits; every question but free text is
/// answered. Problems name the answer ("answers[2].score") or the question left out ("answers").
/// </summary>
public static class SurveyAnswerRules
{
    public static IReadOnlyList<FieldProblem> Problems(SurveyTemplateVersion template, IReadOnlyList<SurveyAnswer> answers)
    {
        var problems = new List<FieldProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            var at = $"answers[{i}]";
            if (template.Question(answers[i].Code) is not { } question)
            {
                problems.Add(new($"{at}.code", $"The template (version {template.Number}) asks no question '{answers[i].Code}'."));
            }
            else if (!seen.Add(question.Code))
            {
                problems.Add(new($"{at}.code", $"The question '{question.Code}' is answered twice."));
            }
            else if (Of(question, answers[i]) is { } problem)
            {
                problems.Add(problem with { Field = $"{at}.{problem.Field}" });
            }
        }

        if (template.Questions.FirstOrDefault(q => q.Kind != QuestionKind.Text && !seen.Contains(q.Code)) is { } missing)
        {
            problems.Add(new("answers", $"The question '{missing.Code}' is not answered."));
        }

        return problems;
    }

    private static FieldProblem? Of(SurveyQuestion q, SurveyAnswer a) => q.Kind switch
    {
        QuestionKind.Scale5 or QuestionKind.Scale10 when a.Score is not { } score || score < q.Min || score > q.Max =>
            new("score", $"Give a score from {q.Min} to {q.Max}."),
        QuestionKind.YesNo when a.Yes is null => new("yes", "Answer yes (true) or no (false)."),
        QuestionKind.Choice when a.Choice is null || !q.Options.Contains(a.Choice) => new("choice", $"Choose one of: {string.Join(", ", q.Options)}."),
        QuestionKind.Text when a.Text is null || a.Text.Length > SurveyAnswer.TextMaxLength => new("text", $"Write up to {SurveyAnswer.TextMaxLength} characters."),
        _ => null,
    };
}
