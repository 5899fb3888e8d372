using System.Globalization;
using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Quality.Domain.Surveys;

/// <summary>The events a survey rule follows (Service Station's and Spare Parts' integration events).</summary>
public enum SurveyTrigger
{
    WorkOrderClosed,
    PartsSaleCompleted,
}

/// <summary>What a rule says, as typed in.</summary>
public sealed record SurveyRuleTerms(Guid TemplateId, SurveyTrigger Trigger, int DelayDays, int OneIn, int MinDaysBetween);

/// <summary>
/// A survey rule: after which event, with which template, how many days later a survey falls due, for which share of
/// clients (every one when <see cref="SurveyRuleTerms.OneIn"/> is 1, else one event in N, counted: the 1st, the
/// N+1st…, so the choice is repeatable) and not more often than once per <see cref="SurveyRuleTerms.MinDaysBetween"/>
/// days per client. Counting changes the rule, so two events handled at once conflict on its version and one is done
/// again after the other (the count and the per-client check never race).
/// </summary>
public sealed class SurveyRule : AggregateRoot<Guid>
{
    public const int MaxDelayDays = 90;
    public const int MaxOneIn = 1000;
    public const int MaxDaysBetween = 3650;

    private SurveyRule()
    {
        SortKey = string.Empty;
    }

    public Guid TemplateId { get; private set; }

    public SurveyTrigger Trigger { get; private set; }

    public int DelayDays { get; private set; }

    public int OneIn { get; private set; }

    public int MinDaysBetween { get; private set; }

    public SurveyRuleTerms Terms => new(TemplateId, Trigger, DelayDays, OneIn, MinDaysBetween);

    public bool IsActive { get; private set; }

    /// <summary>How many of its events the rule has seen while active.</summary>
    public long Seen { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public string SortKey { get; private set; }

    public static SurveyRule Create(Guid id, SurveyRuleTerms terms, bool active, DateTime nowUtc)
    {
        var rule = new SurveyRule
        {
            Id = id,
            CreatedAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            SortKey = nowUtc.ToString("yyyyMMddHHmmssfffffff", CultureInfo.InvariantCulture) + "|" + id.ToString("N"),
        };
        rule.Change(terms, active);
        return rule;
    }

    public void Change(SurveyRuleTerms terms, bool active)
    {
        var checkedTerms = Checked(terms);
        (TemplateId, Trigger, DelayDays, OneIn, MinDaysBetween, IsActive) =
            (checkedTerms.TemplateId, checkedTerms.Trigger, checkedTerms.DelayDays, checkedTerms.OneIn, checkedTerms.MinDaysBetween, active);
    }

    /// <summary>Counts one more event; true when it is the one in N the rule surveys.</summary>
    public bool Count() => Seen++ % OneIn == 0;

    /// <summary>When a survey for an event at <paramref name="eventAtUtc"/> falls due.</summary>
    public DateTime DueAt(DateTime eventAtUtc) => eventAtUtc.AddDays(DelayDays);

    private static SurveyRuleTerms Checked(SurveyRuleTerms terms) =>
        terms.DelayDays is < 0 or > MaxDelayDays || terms.OneIn is < 1 or > MaxOneIn || terms.MinDaysBetween is < 0 or > MaxDaysBetween
            ? throw new ArgumentOutOfRangeException(nameof(terms), "Validation checks a rule's numbers.")
            : terms;
}
