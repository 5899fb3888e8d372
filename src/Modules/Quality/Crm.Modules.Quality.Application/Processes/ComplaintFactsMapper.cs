using Crm.BuildingBlocks.Application.Messaging;
using Crm.BuildingBlocks.Contracts;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Processes.Contracts;
using Crm.Modules.Quality.Domain.Complaints;
using Crm.Modules.Quality.Domain.Violations;

namespace Crm.Modules.Quality.Application.Processes;

/// <summary>
/// What complaints and violations tell processes, as they are at commit (object types "complaint" and "violation";
/// events <see cref="QualityFacts"/>'). Every report carries the whole snapshot, so a task waiting on a condition
/// (reviewed, explained) sees it whichever step came last; <c>employee.id</c> addresses the tasks to the employee
/// concerned (the templates' executorFact).
/// </summary>
internal sealed class ComplaintFactsMapper : IIntegrationEventMapper
{
    public IntegrationEvent? Map(IDomainEvent domainEvent) => domainEvent switch
    {
        ComplaintRegisteredDomainEvent e => Facts(e.Complaint, QualityFacts.Registered),
        ComplaintReviewStartedDomainEvent e => Facts(e.Complaint, QualityFacts.ReviewStarted),
        ComplaintOpinionWrittenDomainEvent e => Facts(e.Complaint, QualityFacts.OpinionWritten),
        ComplaintReviewedDomainEvent e => Facts(e.Complaint, QualityFacts.Reviewed),
        ViolationRegisteredDomainEvent e => Facts(e.Violation, QualityFacts.Registered),
        ViolationExplainedDomainEvent e => Facts(e.Violation, QualityFacts.Explained),
        ViolationClosedDomainEvent e => Facts(e.Violation, QualityFacts.Closed),
        _ => null,
    };

    private static FactsReportedIntegrationEvent Facts(Complaint c, string @event) =>
        new(new ObjectReference(QualityFacts.Complaint, c.Id.ToString()), @event, new Dictionary<string, object?>
        {
            ["state"] = c.State.ToString(),
            ["employee.id"] = c.EmployeeId.ToString(),
            ["client.id"] = c.ClientId.ToString(),
            ["subject.type"] = c.Subject.Type,
            ["subject.id"] = c.Subject.Id.ToString(),
            ["origin"] = c.Origin.Kind,
            ["gist"] = c.Gist,
            ["opinion-written"] = c.Opinion is not null,
            ["decision"] = c.Decision?.ToString(),
            ["violation.id"] = c.ViolationId?.ToString(),
        });

    private static FactsReportedIntegrationEvent Facts(Violation v, string @event) =>
        new(new ObjectReference(QualityFacts.Violation, v.Id.ToString()), @event, new Dictionary<string, object?>
        {
            ["state"] = v.State.ToString(),
            ["employee.id"] = v.EmployeeId.ToString(),
            ["complaint.id"] = v.ComplaintId?.ToString(),
            ["description"] = v.Description,
            ["explained"] = v.Explanation is not null,
        });
}
