namespace Crm.Modules.Quality.Domain.Surveys;

/// <summary>A field of the input at fault and what is wrong with it ("questions[1].dissatisfiedAtMost").</summary>
public sealed record FieldProblem(string Field, string Message);

/// <summary>
/// What makes a template's questions well formed: at least one, codes unique; a choice offers two or more distinct
/// options; what counts as dissatisfaction fits the kind (a score on the scale, an option offered) and names its reason;
/// free text counts nothing; at most one "would you recommend" question, and it is a 0–10 scale.
/// </summary>
public static class SurveyQuestionRules
{
    public const int MaxQuestions = 50;

    public static IReadOnlyList<FieldProblem> Problems(IReadOnlyList<SurveyQuestion> questions)
    {
        var problems = new List<FieldProblem>();
        if (questions.Count is 0 or > MaxQuestions)
        {
            problems.Add(new("questions", $"A template asks 1 to {MaxQuestions} questions."));
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < questions.Count; i++)
        {
            var at = $"questions[{i}]";
            if (!codes.Add(questions[i].Code))
            {
                problems.Add(new($"{at}.code", $"The code '{questions[i].Code}' is used by another question."));
            }

            problems.AddRange(Of(questions[i], at));
        }

        if (questions.Count(q => q.Recommend) > 1)
        {
            problems.Add(new("questions", "Only one question may be the \"would you recommend\" question."));
        }

        return problems;
    }

    private static IEnumerable<FieldProblem> Of(SurveyQuestion q, string at)
    {
        if (q.Kind == QuestionKind.Choice && (q.Options.Count < 2 || q.Options.Distinct(StringComparer.OrdinalIgnoreCase).Count() != q.Options.Count))
        {
            yield return new($"{at}.options", "A choice offers two or more different options.");
        }

        if (q.Kind != QuestionKind.Choice && q.Options.Count > 0)
        {
            yield return new($"{at}.options", "Only a choice question offers options.");
        }

        if (q.DissatisfiedAtMost is { } most && (!q.IsScale || most < q.Min || most >= q.Max))
        {
            yield return new($"{at}.dissatisfiedAtMost", q.IsScale ? $"Give a score from {q.Min} to {q.Max - 1}." : "Only a scale question counts a score.");
        }

        if (q.DissatisfiedAnswer is not null && q.Kind != QuestionKind.YesNo)
        {
            yield return new($"{at}.dissatisfiedAnswer", "Only a yes/no question counts a yes or a no.");
        }

        if (q.DissatisfiedOptions.FirstOrDefault(o => !q.Options.Contains(o)) is { } unknown)
        {
            yield return new($"{at}.dissatisfiedOptions", $"'{unknown}' is not one of the question's options.");
        }

        if (q.CountsDissatisfaction != !string.IsNullOrWhiteSpace(q.Reason))
        {
            yield return new($"{at}.reason", q.CountsDissatisfaction ? "Name the reason the dissatisfied answers map to." : "A reason needs answers that count as dissatisfaction.");
        }

        if (q.Recommend && q.Kind != QuestionKind.Scale10)
        {
            yield return new($"{at}.recommend", "The \"would you recommend\" question is a 0–10 scale.");
        }
    }
}
