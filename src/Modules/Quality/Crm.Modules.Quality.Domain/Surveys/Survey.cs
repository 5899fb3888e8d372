using System.Globalization;
using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Quality.Domain.Surveys;

public enum SurveyStatus
{
    /// <summary>A rule chose the client; the survey falls due later.</summary>
    Scheduled,

    /// <summary>Due: the quality-control employee is asked to call.</summary>
    Due,
    Completed,
    Refused,
    Unreachable,
}

/// <summary>What a survey is about: a closed work order ("work-order") or a completed parts sale ("sale").</summary>
public sealed record SurveySubject(string Type, Guid Id)
{
    public const string WorkOrder = "work-order";
    public const string Sale = "sale";
}

/// <summary>
/// A survey of one client about one work order or sale: scheduled by a rule, due at a moment (the periodic job opens
/// it then), and then filled with the client's answers — or the client refused, or could not be reached. Filling it
/// keeps the template's version it was filled with and works out, from that version's questions, whether the client
/// is dissatisfied and why, the score (the scale answers' average out of 10) and the "would you recommend" answer.
/// </summary>
public sealed class Survey : AggregateRoot<Guid>
{
    private List<Guid> _servedBy = [];
    private List<SurveyAnswer> _answers = [];
    private List<string> _reasons = [];

    private Survey()
    {
        SubjectType = string.Empty;
        SortKey = string.Empty;
    }

    public Guid ClientId { get; private set; }

    public string SubjectType { get; private set; }

    public Guid SubjectId { get; private set; }

    public SurveySubject Subject => new(SubjectType, SubjectId);

    /// <summary>The employees who served the client (the master consultant, the technicians; the sale's manager).</summary>
    public IReadOnlyList<Guid> ServedBy => _servedBy;

    public Guid RuleId { get; private set; }

    public Guid TemplateId { get; private set; }

    /// <summary>The template's version the survey was filled with (null until filled).</summary>
    public int? TemplateVersion { get; private set; }

    public SurveyStatus Status { get; private set; }

    public DateTime ScheduledAtUtc { get; private set; }

    public DateTime DueAtUtc { get; private set; }

    public IReadOnlyList<SurveyAnswer> Answers => _answers;

    public Guid? FilledBy { get; private set; }

    public DateTime? FilledAtUtc { get; private set; }

    public bool Dissatisfied { get; private set; }

    public IReadOnlyList<string> Reasons => _reasons;

    public decimal? Score { get; private set; }

    public int? Recommend { get; private set; }

    /// <summary>Whether answers (or a refusal) can still be recorded: not once filled or refused.</summary>
    public bool IsOpen => !new SurveyMustBeOpenRule(Status).IsBroken();

    /// <summary>Due moment and id: the list's unique order.</summary>
    public string SortKey { get; private set; }

    public static Survey Schedule(Guid id, SurveyRule rule, Guid clientId, SurveySubject subject, IEnumerable<Guid> servedBy, DateTime eventAtUtc, DateTime nowUtc)
    {
        var due = rule.DueAt(eventAtUtc);
        return new Survey
        {
            Id = id,
            ClientId = clientId,
            SubjectType = subject.Type,
            SubjectId = subject.Id,
            _servedBy = [.. servedBy.Distinct()],
            RuleId = rule.Id,
            TemplateId = rule.TemplateId,
            Status = SurveyStatus.Scheduled,
            ScheduledAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            DueAtUtc = due,
            SortKey = due.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture) + "|" + id.ToString("N"),
        };
    }

    /// <summary>The due moment came: the survey is asked of the quality-control position (its process starts).</summary>
    public void Open(DateTime nowUtc)
    {
        if (Status == SurveyStatus.Scheduled)
        {
            Status = SurveyStatus.Due;
            Raise(new SurveyDueDomainEvent(this, nowUtc));
        }
    }

    /// <summary>The client's answers, checked against the template's current version (problems name the answer at fault).</summary>
    public void Fill(SurveyTemplateVersion template, IReadOnlyList<SurveyAnswer> answers, Guid by, DateTime nowUtc)
    {
        RuleCheck.Check(new SurveyMustBeOpenRule(Status));
        if (SurveyAnswerRules.Problems(template, answers) is [var first, ..])
        {
            throw new ArgumentException($"{first.Field}: {first.Message}", nameof(answers)); // the use case checked them
        }

        var dissatisfied = answers.Where(a => template.Question(a.Code)!.IsDissatisfied(a)).Select(a => template.Question(a.Code)!.Reason!).Distinct().ToList();
        var scores = answers.Select(a => template.Question(a.Code)!.OutOfTen(a)).OfType<decimal>().ToList();
        (Status, TemplateVersion, _answers, FilledBy, FilledAtUtc) = (SurveyStatus.Completed, template.Number, [.. answers], by, Guard.Utc(nowUtc, nameof(nowUtc)));
        (Dissatisfied, _reasons) = (dissatisfied.Count > 0, dissatisfied);
        Score = scores.Count > 0 ? Math.Round(scores.Average(), 1, MidpointRounding.AwayFromZero) : null;
        Recommend = answers.FirstOrDefault(a => template.Question(a.Code)!.Recommend)?.Score;
        Raise(new SurveyCompletedDomainEvent(this, nowUtc));
    }

    /// <summary>The client would not answer, or was not reached: recorded by whom and when.</summary>
    public void Close(SurveyStatus outcome, Guid by, DateTime nowUtc)
    {
        if (outcome is not (SurveyStatus.Refused or SurveyStatus.Unreachable))
        {
            throw new ArgumentOutOfRangeException(nameof(outcome));
        }

        RuleCheck.Check(new SurveyMustBeOpenRule(Status));
        (Status, FilledBy, FilledAtUtc) = (outcome, by, Guard.Utc(nowUtc, nameof(nowUtc)));
        Raise(new SurveyClosedDomainEvent(this, nowUtc));
    }
}

public sealed record SurveyDueDomainEvent(Survey Survey, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>The client's answers are in: dissatisfaction, its reasons, the score, the employees who served, the client, the subject.</summary>
public sealed record SurveyCompletedDomainEvent(Survey Survey, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>The client refused or was unreachable.</summary>
public sealed record SurveyClosedDomainEvent(Survey Survey, DateTime OccurredAtUtc) : IDomainEvent;

/// <summary>A survey is filled (or closed) once: a second attempt is a conflict.</summary>
public sealed record SurveyMustBeOpenRule(SurveyStatus Status) : IBusinessRule
{
    public bool IsBroken() => Status is SurveyStatus.Completed or SurveyStatus.Refused;

    public string Code => "survey.closed";

    public string Message => $"The survey is {Status.ToString().ToLowerInvariant()} already.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;
}
