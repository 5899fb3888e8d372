using Crm.Modules.Quality.Domain.Common;
using Crm.BuildingBlocks.Domain;
using Crm.Modules.Quality.Domain.Complaints.Rules;

namespace Crm.Modules.Quality.Domain.Complaints;

/// <summary>
/// A client's complaint about a work order or a sale (seed 004, "Process the client's complaint"): registered by hand,
/// from a survey's dissatisfaction or by a process; the employee concerned writes their opinion, a supervisor takes it
/// under review and decides (uphold: reviewed, reject: rejected). An upheld complaint may register a violation.
/// </summary>
public sealed class Complaint : AggregateRoot<Guid>
{
    public const int GistMaxLength = 2000;
    public const int OpinionMaxLength = 4000;
    public const int NoteMaxLength = 2000;

    private Complaint()
    {
        Origin = null!;
        Subject = null!;
        Gist = string.Empty;
        SortKey = string.Empty;
    }

    public ComplaintOrigin Origin { get; private set; }

    public Guid ClientId { get; private set; }

    public ComplaintSubject Subject { get; private set; }

    public string Gist { get; private set; }

    public Guid EmployeeId { get; private set; }

    public ComplaintState State { get; private set; }

    /// <summary>Who registered it by hand (null when a survey or a process did).</summary>
    public Guid? RegisteredById { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    /// <summary>Registered-at and id: newest-first lists page by it (keyset).</summary>
    public string SortKey { get; private set; }

    public string? Opinion { get; private set; }

    public DateTime? OpinionAtUtc { get; private set; }

    public Guid? ReviewerId { get; private set; }

    public ComplaintDecision? Decision { get; private set; }

    public string? DecisionNote { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    /// <summary>The violation registered from this complaint when it was upheld.</summary>
    public Guid? ViolationId { get; private set; }

    public static Complaint Register(Guid id, ComplaintOrigin origin, Guid clientId, ComplaintSubject subject, string gist, Guid employeeId, Guid? by, DateTime nowUtc)
    {
        var complaint = new Complaint
        {
            Id = id,
            Origin = origin,
            ClientId = clientId,
            Subject = subject,
            Gist = Guard.NotBlank(gist, nameof(gist), GistMaxLength),
            EmployeeId = employeeId,
            State = ComplaintState.Registered,
            RegisteredById = by,
            RegisteredAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            SortKey = SortKeys.Of(nowUtc, id),
        };
        complaint.Raise(new ComplaintRegisteredDomainEvent(complaint, nowUtc));
        return complaint;
    }

    /// <summary>A supervisor takes the complaint under review.</summary>
    public void StartReview(Guid supervisorId, DateTime nowUtc)
    {
        CheckRule(new ComplaintMustBeInStateRule(State, ComplaintState.Registered, "complaint.not-registered"));
        (State, ReviewerId) = (ComplaintState.UnderReview, supervisorId);
        Raise(new ComplaintReviewStartedDomainEvent(this, nowUtc));
    }

    /// <summary>The employee concerned tells their side (the caller checks it is them); they may rewrite it until the decision.</summary>
    public void WriteOpinion(string opinion, DateTime nowUtc)
    {
        CheckRule(new ComplaintMustBeUndecidedRule(State));
        (Opinion, OpinionAtUtc) = (Guard.NotBlank(opinion, nameof(opinion), OpinionMaxLength), Guard.Utc(nowUtc, nameof(nowUtc)));
        Raise(new ComplaintOpinionWrittenDomainEvent(this, nowUtc));
    }

    /// <summary>The supervisor's decision on a complaint under review, having heard the employee: uphold (reviewed) or reject.</summary>
    public void Decide(ComplaintDecision decision, string? note, Guid supervisorId, DateTime nowUtc)
    {
        CheckRule(new ComplaintMustBeInStateRule(State, ComplaintState.UnderReview, "complaint.not-under-review"));
        CheckRule(new DecisionNeedsOpinionRule(Opinion));
        State = decision == ComplaintDecision.Uphold ? ComplaintState.Reviewed : ComplaintState.Rejected;
        (Decision, ReviewerId, DecidedAtUtc) = (decision, supervisorId, Guard.Utc(nowUtc, nameof(nowUtc)));
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : Guard.NotBlank(note, nameof(note), NoteMaxLength);
        Raise(new ComplaintReviewedDomainEvent(this, nowUtc));
    }

    /// <summary>The violation registered from this upheld complaint (once).</summary>
    public void ViolationRegistered(Guid violationId)
    {
        CheckRule(new ViolationNeedsUpheldComplaintRule(Decision));
        CheckRule(new ComplaintViolationOnceRule(ViolationId));
        ViolationId = violationId;
    }
}
