using System.Globalization;
using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Quality.Domain.Surveys;

/// <summary>
/// A survey template: its name and questions, versioned. Every change that alters the name or a question makes a new
/// version (1, 2, …); the old ones stay, so a survey filled with version 2 is still read with version 2's questions
/// after the template moves on.
/// </summary>
public sealed class SurveyTemplate : AggregateRoot<Guid>
{
    public const int NameMaxLength = 200;

    private readonly List<SurveyTemplateVersion> _versions = [];

    private SurveyTemplate()
    {
        SortKey = string.Empty;
    }

    public int CurrentVersion { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Creation moment and id: the unique key the list pages by, oldest first.</summary>
    public string SortKey { get; private set; }

    public IReadOnlyList<SurveyTemplateVersion> Versions => _versions;

    public SurveyTemplateVersion Current => Released(CurrentVersion)!;

    public static SurveyTemplate Create(Guid id, string name, IReadOnlyList<SurveyQuestion> questions, DateTime nowUtc)
    {
        var template = new SurveyTemplate
        {
            Id = id,
            CreatedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            SortKey = nowUtc.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture) + "|" + id.ToString("N"),
        };
        template.Release(name, questions, nowUtc);
        return template;
    }

    /// <summary>The template as now written: a new version when the name or a question differs, else nothing changes.</summary>
    public void Change(string name, IReadOnlyList<SurveyQuestion> questions, DateTime nowUtc)
    {
        if (Current.Name != name.Trim() || !Current.Questions.SequenceEqual(questions, QuestionComparer.Instance))
        {
            Release(name, questions, nowUtc);
        }
    }

    public SurveyTemplateVersion? Released(int number) => _versions.FirstOrDefault(v => v.Number == number);

    private void Release(string name, IReadOnlyList<SurveyQuestion> questions, DateTime nowUtc)
    {
        if (SurveyQuestionRules.Problems(questions) is [var first, ..])
        {
            throw new ArgumentException($"{first.Field}: {first.Message}", nameof(questions)); // validation checked it
        }

        CurrentVersion++;
        _versions.Add(new SurveyTemplateVersion(Id, CurrentVersion, Guard.NotBlank(name, nameof(name), NameMaxLength), [.. questions], nowUtc));
    }

    /// <summary>Questions compared by content (their lists too), not by reference.</summary>
    private sealed class QuestionComparer : IEqualityComparer<SurveyQuestion>
    {
        public static readonly QuestionComparer Instance = new();

        public bool Equals(SurveyQuestion? x, SurveyQuestion? y) =>
            x is not null && y is not null
            && (x.Code, x.Text, x.Kind, x.DissatisfiedAtMost, x.DissatisfiedAnswer, x.Reason, x.Recommend) == (y.Code, y.Text, y.Kind, y.DissatisfiedAtMost, y.DissatisfiedAnswer, y.Reason, y.Recommend)
            && x.Options.SequenceEqual(y.Options) && x.DissatisfiedOptions.SequenceEqual(y.DissatisfiedOptions);

        public int GetHashCode(SurveyQuestion obj) => obj.Code.GetHashCode(StringComparison.Ordinal);
    }
}

/// <summary>One released version of a template: never changed once written.</summary>
public sealed class SurveyTemplateVersion
{
    private SurveyTemplateVersion()
    {
        Name = string.Empty;
        Questions = [];
    }

    internal SurveyTemplateVersion(Guid templateId, int number, string name, List<SurveyQuestion> questions, DateTime createdAtUtc)
    {
        Id = Guid.NewGuid();
        TemplateId = templateId;
        Number = number;
        Name = name;
        Questions = questions;
        CreatedAtUtc = createdAtUtc;
    }

    public Guid Id { get; private set; }

    public Guid TemplateId { get; private set; }

    public int Number { get; private set; }

    public string Name { get; private set; }

    public List<SurveyQuestion> Questions { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public SurveyQuestion? Question(string code) => Questions.FirstOrDefault(q => q.Code == code);
}
