using Crm.BuildingBlocks.Domain;

namespace Crm.Modules.Quality.Domain.Complaints.Rules;

/// <summary>
/// A complaint moves registered → under review → reviewed / rejected and never back: a step from another state is
/// a conflict with what somebody else did first (409), each with its own code.
/// </summary>
public sealed class ComplaintMustBeInStateRule(ComplaintState state, ComplaintState required, string code) : IBusinessRule
{
    public string Code => code;

    public string Message => $"The complaint is {state}; this step needs it {required}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => state != required;
}

/// <summary>A decided complaint is a record of the decision: the employee's opinion no longer changes.</summary>
public sealed class ComplaintMustBeUndecidedRule(ComplaintState state) : IBusinessRule
{
    public string Code => "complaint.decided";

    public string Message => $"The complaint is already {state}; it no longer changes.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => state is ComplaintState.Reviewed or ComplaintState.Rejected;
}

/// <summary>The supervisor decides having heard the employee concerned: no decision before their opinion.</summary>
public sealed class DecisionNeedsOpinionRule(string? opinion) : IBusinessRule
{
    public string Code => "complaint.opinion-missing";

    public string Message => "The employee concerned has not written their opinion yet; decide after hearing them.";

    public bool IsBroken() => opinion is null;
}

/// <summary>Only an upheld complaint becomes a violation of the employee concerned.</summary>
public sealed class ViolationNeedsUpheldComplaintRule(ComplaintDecision? decision) : IBusinessRule
{
    public string Code => "complaint.not-upheld";

    public string Message => "Only an upheld complaint registers a violation.";

    public bool IsBroken() => decision != ComplaintDecision.Uphold;
}

/// <summary>One complaint, at most one violation: a second registration would count the same fault twice.</summary>
public sealed class ComplaintViolationOnceRule(Guid? violationId) : IBusinessRule
{
    public string Code => "complaint.violation-registered";

    public string Message => $"The complaint already registered violation {violationId}.";

    public BusinessRuleKind Kind => BusinessRuleKind.Conflict;

    public bool IsBroken() => violationId is not null;
}
