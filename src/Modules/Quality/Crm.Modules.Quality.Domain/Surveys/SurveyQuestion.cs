namespace Crm.Modules.Quality.Domain.Surveys;

/// <summary>How a question is answered: a score (1–5 or 0–10), yes or no, one of the options, or free text.</summary>
public enum QuestionKind
{
    Scale5,
    Scale10,
    YesNo,
    Choice,
    Text,
}

/// <summary>
/// One question of a survey template. Which answers count as the client's dissatisfaction, and the reason each maps
/// to: a score at most <see cref="DissatisfiedAtMost"/> (scales), the answer <see cref="DissatisfiedAnswer"/> (yes/no),
/// one of <see cref="DissatisfiedOptions"/> (choice); free text never does. <see cref="Recommend"/> marks the 0–10
/// "would you recommend us" question the NPS is counted from (one per template). <see cref="SurveyQuestionRules"/>
/// says what makes a question well formed.
/// </summary>
public sealed record SurveyQuestion(
    string Code,
    string Text,
    QuestionKind Kind,
    IReadOnlyList<string> Options,
    int? DissatisfiedAtMost,
    bool? DissatisfiedAnswer,
    IReadOnlyList<string> DissatisfiedOptions,
    string? Reason,
    bool Recommend)
{
    public const int CodeMaxLength = 50;
    public const int TextMaxLength = 500;
    public const int OptionMaxLength = 200;
    public const int ReasonMaxLength = 200;

    public bool IsScale => Kind is QuestionKind.Scale5 or QuestionKind.Scale10;

    public int Min => Kind == QuestionKind.Scale5 ? 1 : 0;

    public int Max => Kind == QuestionKind.Scale5 ? 5 : 10;

    public bool CountsDissatisfaction => DissatisfiedAtMost is not null || DissatisfiedAnswer is not null || DissatisfiedOptions.Count > 0;

    /// <summary>Whether this (valid) answer is one the template counts as dissatisfaction.</summary>
    public bool IsDissatisfied(SurveyAnswer answer) => Kind switch
    {
        QuestionKind.Scale5 or QuestionKind.Scale10 => answer.Score is { } score && score <= DissatisfiedAtMost,
        QuestionKind.YesNo => answer.Yes is { } yes && yes == DissatisfiedAnswer,
        QuestionKind.Choice => answer.Choice is { } choice && DissatisfiedOptions.Contains(choice),
        _ => false,
    };

    /// <summary>A score out of 10 (a 4 of 5 is 8), so scales of both kinds average together.</summary>
    public decimal? OutOfTen(SurveyAnswer answer) => IsScale && answer.Score is { } score ? score * 10m / Max : null;
}

/// <summary>The client's answer to one question (by its code): the field that fits the question's kind.</summary>
public sealed record SurveyAnswer(string Code, int? Score, bool? Yes, string? Choice, string? Text)
{
    public const int TextMaxLength = 2000;
}
