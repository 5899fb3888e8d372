using Ardalis.Specification;
using Crm.BuildingBlocks.Application.Persistence;
using Crm.Modules.Quality.Domain.Surveys;

namespace Crm.Modules.Quality.Application.Surveys.Scheduling;

/// <summary>What a service event tells the survey rules: the client, what it was about, who served them, when.</summary>
public sealed record ServiceDone(SurveyTrigger Trigger, Guid ClientId, SurveySubject Subject, IReadOnlyList<Guid> ServedBy, DateTime AtUtc);

/// <summary>
/// Applies the active rules of an event's kind: each counts the event (one in N), and a chosen event schedules a survey
/// due the rule's days later, unless the client has a survey due within the rule's days of that moment already (any
/// rule, any outcome: a client is not called too often). One survey per subject, whatever the rules.
/// </summary>
public sealed class SurveyScheduler(IRepository<SurveyRule> rules, IRepository<Survey> surveys, TimeProvider clock)
{
    public async Task ScheduleAsync(ServiceDone done, CancellationToken ct)
    {
        var scheduled = false;
        foreach (var rule in await rules.ListAsync(new ActiveRulesSpec(done.Trigger), ct))
        {
            if (!rule.Count() || scheduled)
            {
                continue;
            }

            var due = rule.DueAt(done.AtUtc);
            var gap = TimeSpan.FromDays(rule.MinDaysBetween);
            if (!await surveys.AnyAsync(new RecentSurveySpec(done.ClientId, done.Subject.Id, due - gap, due + gap), ct))
            {
                surveys.Add(Survey.Schedule(Guid.NewGuid(), rule, done.ClientId, done.Subject, done.ServedBy, done.AtUtc, clock.GetUtcNow().UtcDateTime));
                scheduled = true;
            }
        }
    }
}

public sealed class ActiveRulesSpec : Specification<SurveyRule>
{
    public ActiveRulesSpec(SurveyTrigger trigger) => Query.Where(r => r.IsActive && r.Trigger == trigger).OrderBy(r => r.SortKey).AsTracking();
}

/// <summary>A survey of the client due within the window (exclusive), or any about the same subject.</summary>
public sealed class RecentSurveySpec : Specification<Survey>
{
    public RecentSurveySpec(Guid clientId, Guid subjectId, DateTime fromUtc, DateTime toUtc) =>
        Query.Where(s => (s.ClientId == clientId && s.DueAtUtc > fromUtc && s.DueAtUtc < toUtc) || s.SubjectId == subjectId);
}
