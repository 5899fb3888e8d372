using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Quality.Domain.Surveys;

namespace Crm.Modules.Quality.Application.Processes;

/// <summary>
/// What surveys tell processes (object type "survey"): due (the "Quality survey" process starts), completed (with
/// dissatisfaction, its reasons and the score: the survey task closes by itself), refused, unreachable. Every report
/// carries the survey's status, client, subject, the employees who served, the due moment and, once filled, the results.
/// </summary>
internal sealed class SurveyFactsMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        SurveyDueDomainEvent e => Facts(e.Survey, QualityFacts.SurveyDue),
        SurveyCompletedDomainEvent e => Facts(e.Survey, QualityFacts.SurveyCompleted),
        SurveyClosedDomainEvent e => Facts(e.Survey, e.Survey.Status == SurveyStatus.Refused ? QualityFacts.SurveyRefused : QualityFacts.SurveyUnreachable),
        _ => null,
    };

    private static FactsReportedIntegrationEvent Facts(Survey s, string @event) =>
        new(new ObjectReference(QualityFacts.Survey, s.Id.ToString()), @event, new Dictionary<string, object?>
        {
            ["status"] = s.Status.ToString(),
            ["client.id"] = s.ClientId.ToString(),
            ["subject.type"] = s.Subject.Type,
            ["subject.id"] = s.Subject.Id.ToString(),
            ["served-by"] = string.Join(',', s.ServedBy),
            ["due-at"] = s.DueAtUtc,
            ["dissatisfied"] = s.Dissatisfied,
            ["reasons"] = string.Join("; ", s.Reasons),
            ["score"] = s.Score,
            ["recommend"] = s.Recommend is { } r ? (decimal)r : null,
            ["filled-by.id"] = s.FilledBy?.ToString(),
        });
}
