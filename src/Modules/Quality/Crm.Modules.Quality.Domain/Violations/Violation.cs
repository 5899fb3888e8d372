using Crm.BuildingBlocks.Domain;
using Crm.Modules.Quality.Domain.Common;
using Crm.Modules.Quality.Domain.Violations.Rules;

namespace Crm.Modules.Quality.Domain.Violations;

/// <summary>
/// A violation of the station's rules by one employee (seed 004, "Give an explanation"): registered by a supervisor by
/// hand or from a complaint they upheld; the employee concerned writes their explanation; a supervisor then closes
/// it (the violation stands) or accepts the explanation.
/// </summary>
public sealed class Violation : AggregateRoot<Guid>
{
    public const int DescriptionMaxLength = 2000;
    public const int ExplanationMaxLength = 4000;

    private Violation()
    {
        Description = string.Empty;
        SortKey = string.Empty;
    }

    public Guid EmployeeId { get; private set; }

    public string Description { get; private set; }

    /// <summary>The upheld complaint it was registered from, if any.</summary>
    public Guid? ComplaintId { get; private set; }

    public ViolationState State { get; private set; }

    /// <summary>The supervisor who registered it (null when a process did).</summary>
    public Guid? RegisteredById { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public string SortKey { get; private set; }

    public string? Explanation { get; private set; }

    public DateTime? ExplainedAtUtc { get; private set; }

    public Guid? ClosedById { get; private set; }

    public DateTime? ClosedAtUtc { get; private set; }

    public static Violation Register(Guid id, Guid employeeId, string description, Guid? complaintId, Guid? by, DateTime nowUtc)
    {
        var violation = new Violation
        {
            Id = id,
            EmployeeId = employeeId,
            Description = Guard.NotBlank(description, nameof(description), DescriptionMaxLength),
            ComplaintId = complaintId,
            State = ViolationState.Registered,
            RegisteredById = by,
            RegisteredAtUtc = Guard.Utc(nowUtc, nameof(nowUtc)),
            SortKey = SortKeys.Of(nowUtc, id),
        };
        violation.Raise(new ViolationRegisteredDomainEvent(violation, nowUtc));
        return violation;
    }

    /// <summary>The employee concerned explains (the caller checks it is them): once.</summary>
    public void Explain(string explanation, DateTime nowUtc)
    {
        CheckRule(new ViolationMustBeInStateRule(State, ViolationState.Registered, "violation.not-registered"));
        (Explanation, ExplainedAtUtc) = (Guard.NotBlank(explanation, nameof(explanation), ExplanationMaxLength), Guard.Utc(nowUtc, nameof(nowUtc)));
        State = ViolationState.Explained;
        Raise(new ViolationExplainedDomainEvent(this, nowUtc));
    }

    /// <summary>A supervisor, having read the explanation, accepts it or lets the violation stand (closed).</summary>
    public void Close(bool acceptExplanation, Guid supervisorId, DateTime nowUtc)
    {
        CheckRule(new ViolationMustBeInStateRule(State, ViolationState.Explained, "violation.not-explained"));
        State = acceptExplanation ? ViolationState.Accepted : ViolationState.Closed;
        (ClosedById, ClosedAtUtc) = (supervisorId, Guard.Utc(nowUtc, nameof(nowUtc)));
        Raise(new ViolationClosedDomainEvent(this, nowUtc));
    }
}
